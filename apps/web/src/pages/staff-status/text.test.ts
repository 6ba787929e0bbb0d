import { describe, expect, it } from "vitest";
import { INCIDENT_IMPACTS } from "../../api/staff-status";
import { actorName, defaultComponentState, textInput, textProblems } from "./text";

describe("impact → component state", () => {
  it("suggests the state the contract names for each impact", () => {
    expect(defaultComponentState("critical")).toBe("major_outage");
    expect(defaultComponentState("major")).toBe("partial_outage");
    expect(defaultComponentState("minor")).toBe("degraded_performance");
    expect(defaultComponentState("none")).toBe("operational");
  });

  it("never suggests a worse state for a lesser impact", () => {
    const order = ["operational", "degraded_performance", "partial_outage", "major_outage"];
    const ranks = INCIDENT_IMPACTS.map((impact) => order.indexOf(defaultComponentState(impact)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("texts in both languages", () => {
  it("asks for both languages of a required text, each on its own", () => {
    expect(textProblems({ en: "", "zh-CN": "" }, false, true)).toEqual({
      en: "required",
      "zh-CN": "required",
    });
    expect(textProblems({ en: "Down", "zh-CN": "  " }, false, true)).toEqual({ "zh-CN": "required" });
    expect(textProblems({ en: "Down", "zh-CN": "故障" }, false, true)).toEqual({});
  });

  it("lets an optional text be empty in both languages, not in one", () => {
    expect(textProblems({ en: "", "zh-CN": "" }, false, false)).toEqual({});
    expect(textProblems({ en: "", "zh-CN": "说明" }, false, false)).toEqual({ en: "required" });
  });

  it("with one text for both, only that text counts", () => {
    expect(textProblems({ en: "", "zh-CN": "故障" }, true, true)).toEqual({ en: "required" });
    expect(textProblems({ en: "", "zh-CN": "" }, true, false)).toEqual({});
    expect(textProblems({ en: "Down", "zh-CN": "" }, true, true)).toEqual({});
  });

  it("sends one string for both languages, or both trimmed", () => {
    expect(textInput({ en: " Card deposits fail ", "zh-CN": "ignored" }, true)).toBe("Card deposits fail");
    expect(textInput({ en: " Down ", "zh-CN": " 故障 " }, false)).toEqual({ en: "Down", "zh-CN": "故障" });
    expect(textInput({ en: "", "zh-CN": "" }, false)).toBeUndefined();
    expect(textInput({ en: "  ", "zh-CN": "" }, true)).toBeUndefined();
  });
});

describe("who did it", () => {
  it("names the person, falls back to the user id, and is empty for the system", () => {
    expect(actorName({ createdBy: "usr_1", createdByLabel: "Ada Lovelace" })).toBe("Ada Lovelace");
    expect(actorName({ createdBy: "usr_1", createdByLabel: null })).toBe("usr_1");
    expect(actorName({ createdBy: null, createdByLabel: null })).toBeNull();
  });
});
