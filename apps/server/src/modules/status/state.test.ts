import { describe, expect, it } from "vitest";
import { effectiveState, type IncidentLike, maintenanceEnd, type WindowLike, worstOf } from "./state.js";

const at = (iso: string) => new Date(iso);
const window = (over: Partial<WindowLike>): WindowLike => ({
  id: "mnt_1",
  components: ["card_deposits"],
  methodIds: null,
  startsAt: at("2026-11-27T10:00:00Z"),
  endsAt: at("2026-11-27T12:00:00Z"),
  canceledAt: null,
  ...over,
});
const incident = (over: Partial<IncidentLike>): IncidentLike => ({
  id: "inc_1",
  components: ["card_deposits"],
  componentState: "partial_outage",
  draft: false,
  resolvedAt: null,
  ...over,
});
const card = { key: "card_deposits" as const, manualState: "operational" as const, signalState: null };

describe("the component state rule", () => {
  it("is under maintenance only inside a whole-component window, from its start up to (not at) its end", () => {
    const windows = [window({})];
    expect(effectiveState(card, windows, [], at("2026-11-27T09:59:59Z"))).toBe("operational");
    expect(effectiveState(card, windows, [], at("2026-11-27T10:00:00Z"))).toBe("under_maintenance");
    expect(effectiveState(card, windows, [], at("2026-11-27T12:00:00Z"))).toBe("operational");
  });

  it("ignores canceled windows, windows of other components, and windows naming only some methods", () => {
    const now = at("2026-11-27T11:00:00Z");
    expect(effectiveState(card, [window({ canceledAt: now })], [], now)).toBe("operational");
    expect(effectiveState(card, [window({ components: ["bank_deposits"] })], [], now)).toBe("operational");
    expect(effectiveState(card, [window({ methodIds: ["card_visa"] })], [], now)).toBe("operational");
  });

  it("takes the worst of staff's state, the signal and open confirmed incidents", () => {
    const now = at("2026-11-27T11:00:00Z");
    expect(effectiveState({ ...card, signalState: "degraded_performance" }, [], [], now)).toBe(
      "degraded_performance",
    );
    expect(effectiveState({ ...card, signalState: "degraded_performance" }, [], [incident({})], now)).toBe(
      "partial_outage",
    );
    expect(effectiveState(card, [], [incident({ draft: true, componentState: "major_outage" })], now)).toBe(
      "operational",
    );
    expect(
      effectiveState(card, [], [incident({ resolvedAt: now, componentState: "major_outage" })], now),
    ).toBe("operational");
    expect(effectiveState({ ...card, manualState: "major_outage" }, [], [incident({})], now)).toBe(
      "major_outage",
    );
    expect(worstOf([])).toBe("operational");
  });

  it("tells the real end of back-to-back maintenance, and a method's own window", () => {
    const windows = [
      window({ id: "mnt_a" }),
      window({ id: "mnt_b", startsAt: at("2026-11-27T12:00:00Z"), endsAt: at("2026-11-27T13:30:00Z") }),
      window({ id: "mnt_c", startsAt: at("2026-11-27T15:00:00Z"), endsAt: at("2026-11-27T16:00:00Z") }),
    ];
    const end = maintenanceEnd("card_deposits", windows, at("2026-11-27T11:00:00Z"));
    expect(end?.endsAt.toISOString()).toBe("2026-11-27T13:30:00.000Z");
    expect(maintenanceEnd("card_deposits", windows, at("2026-11-27T14:00:00Z"))).toBeUndefined();
    const methodWindow = [window({ methodIds: ["card_visa"] })];
    const now = at("2026-11-27T11:00:00Z");
    expect(maintenanceEnd("card_deposits", methodWindow, now)).toBeUndefined();
    expect(maintenanceEnd("card_deposits", methodWindow, now, "card_visa")?.maintenanceId).toBe("mnt_1");
  });
});
