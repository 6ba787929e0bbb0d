import { describe, expect, it } from "vitest";
import { activeView, filtersFrom, hasNarrowing, paramsFrom } from "./queueParams";

describe("the queue's address", () => {
  it("reads known filters, drops unknown views and empty values, defaults to all open", () => {
    expect(
      filtersFrom(new URLSearchParams("view=nonsense&status=&priority=urgent&q=%20%23100001%20&x=1")),
    ).toEqual({
      view: "open",
      priority: "urgent",
      q: "#100001",
    });
  });

  it("writes them back without the default view, so the plain /agent is all open", () => {
    expect(paramsFrom({ view: "open" })).toEqual({});
    expect(paramsFrom({ view: "mine", tag: " vip ", group: "" })).toEqual({ view: "mine", tag: "vip" });
    const round = filtersFrom(new URLSearchParams(paramsFrom({ view: "breached", category: "deposit" })));
    expect(round).toEqual({ view: "breached", category: "deposit" });
  });

  it("knows which sidebar view a list is, and when filters make it a custom one", () => {
    expect(activeView({ view: "open" })).toBe("open");
    expect(activeView({ view: "all", status: "pending" })).toBe("pending");
    expect(activeView({ view: "all", status: "on_hold" })).toBe("on_hold");
    expect(activeView({ view: "all" })).toBe("all");
    expect(activeView({ view: "mine", priority: "high" })).toBeNull();
    expect(hasNarrowing({ view: "mine" })).toBe(false);
    expect(hasNarrowing({ view: "mine", q: "refund" })).toBe(true);
  });
});
