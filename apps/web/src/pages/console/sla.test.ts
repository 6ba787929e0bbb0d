import { describe, expect, it } from "vitest";
import type { SlaView } from "../../api/console";
import { slaState } from "./sla";

const NOW = Date.parse("2027-03-01T10:00:00.000Z");
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

const clock = (over: Partial<SlaView> = {}): SlaView => ({
  firstResponseDueAt: at(180),
  resolutionDueAt: at(2000),
  paused: false,
  firstResponseBreached: false,
  resolutionBreached: false,
  firstRespondedAt: null,
  ...over,
});

describe("the SLA badge", () => {
  it("shows the next target ahead, 'soon' within two hours", () => {
    expect(slaState(clock(), "new", NOW)).toMatchObject({ kind: "due", which: "firstResponse", soon: false });
    expect(slaState(clock({ firstResponseDueAt: at(110) }), "open", NOW)).toMatchObject({
      kind: "due",
      soon: true,
    });
  });

  it("moves on to resolution once the first reply went out or its time passed unflagged", () => {
    expect(slaState(clock({ firstRespondedAt: at(-5) }), "open", NOW)).toMatchObject({ which: "resolution" });
    expect(slaState(clock({ firstResponseDueAt: at(-30) }), "open", NOW)).toMatchObject({
      which: "resolution",
    });
  });

  it("says breached when the server flags a miss, first response first", () => {
    expect(slaState(clock({ firstResponseBreached: true, resolutionBreached: true }), "open", NOW)).toEqual({
      kind: "breached",
      which: "firstResponse",
    });
    expect(slaState(clock({ resolutionBreached: true }), "on_hold", NOW)).toEqual({
      kind: "breached",
      which: "resolution",
    });
  });

  it("is paused while waiting on the customer and silent once solved", () => {
    expect(slaState(clock({ paused: true, firstResponseBreached: true }), "open", NOW)).toEqual({
      kind: "paused",
    });
    expect(slaState(clock(), "pending", NOW)).toEqual({ kind: "paused" });
    expect(slaState(clock({ resolutionBreached: true }), "solved", NOW)).toEqual({ kind: "none" });
    expect(slaState(null, "open", NOW)).toEqual({ kind: "none" });
    expect(slaState(clock({ firstResponseDueAt: null, resolutionDueAt: "garbage" }), "open", NOW)).toEqual({
      kind: "none",
    });
  });
});
