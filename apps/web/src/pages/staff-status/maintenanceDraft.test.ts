import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffMaintenance } from "../../api/staff-status";
import {
  changesOf,
  draftOf,
  draftProblems,
  keepsDescription,
  movesWindow,
  newDraft,
  scheduleInput,
} from "./maintenanceDraft";

const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = "Asia/Shanghai";
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const NOW = Date.parse("2026-11-27T01:40:00.000Z"); // 09:40 in Shanghai

const window: StaffMaintenance = {
  id: "mnt_1",
  title: { en: "Bank upgrade", "zh-CN": "银行升级" },
  description: { en: "Transfers wait.", "zh-CN": "转账将暂停。" },
  components: ["bank_deposits", "withdrawals"],
  methodIds: [],
  // 02:00–04:00 on 28 November in Shanghai; the start has seconds the inputs do not show.
  startsAt: "2026-11-27T18:00:30.000Z",
  endsAt: "2026-11-27T20:00:00.000Z",
  announceSocial: true,
  state: "scheduled",
  announcedAt: null,
  createdBy: "usr_ada",
  createdByLabel: "Ada Lovelace",
  createdAt: "2026-11-26T00:00:00.000Z",
  canceledAt: null,
};

describe("a new window", () => {
  it("is sent whole once it has components, a window and a title", () => {
    const draft = newDraft(NOW);
    expect(scheduleInput(draft, NOW)).toBeNull();
    expect(draftProblems(draft, NOW)).toMatchObject({ components: true, title: { en: "required" } });
    const filled = {
      ...draft,
      components: ["api" as const],
      same: true,
      title: { en: "API upgrade", "zh-CN": "" },
    };
    expect(scheduleInput(filled, NOW)).toEqual({
      components: ["api"],
      startsAt: "2026-11-27T02:00:00.000Z",
      endsAt: "2026-11-27T03:00:00.000Z",
      title: "API upgrade",
      announceSocial: false,
    });
  });
});

describe("changing a window", () => {
  it("fills the form with the window as it is, and sends nothing when nothing changed", () => {
    const draft = draftOf(window);
    expect(draft).toMatchObject({
      components: ["bank_deposits", "withdrawals"],
      start: "2026-11-28T02:00",
      end: "2026-11-28T04:00",
      same: false,
      title: window.title,
    });
    // The start shown without its seconds is not a move (no new announcement by rounding).
    expect(changesOf(draft, window, NOW)).toEqual({});
  });

  it("sends only what changed; components in another order are no change", () => {
    const draft = { ...draftOf(window), components: ["withdrawals" as const, "bank_deposits" as const] };
    expect(changesOf(draft, window, NOW)).toEqual({});
    const later = {
      ...draft,
      end: "2026-11-28T05:30",
      title: { ...draft.title, en: "Bank upgrade (longer)" },
    };
    const changes = changesOf(later, window, NOW);
    expect(changes).toEqual({
      endsAt: "2026-11-27T21:30:00.000Z",
      title: { en: "Bank upgrade (longer)", "zh-CN": "银行升级" },
    });
    expect(changes && movesWindow(changes)).toBe(true);
    const retitled = changesOf({ ...draft, components: ["withdrawals" as const] }, window, NOW);
    expect(retitled).toEqual({ components: ["withdrawals"] });
    expect(retitled && movesWindow(retitled)).toBe(false);
  });

  it("types a text the same in both languages once, and sends one string when it changes", () => {
    const plain = { ...window, title: { en: "DB", "zh-CN": "DB" }, description: { en: "", "zh-CN": "" } };
    const draft = draftOf(plain);
    expect(draft.same).toBe(true);
    expect(changesOf({ ...draft, title: { en: "DB v2", "zh-CN": "DB" } }, plain, NOW)).toEqual({
      title: "DB v2",
    });
  });

  it("refuses a window that ends before it starts or has ended, and a description taken away", () => {
    const draft = draftOf(window);
    const inverted = { ...draft, end: "2026-11-28T01:00" };
    expect(draftProblems(inverted, NOW, window).end).toBe("endBeforeStart");
    expect(changesOf(inverted, window, NOW)).toBeNull();
    const past = { ...draft, start: "2026-11-27T08:00", end: "2026-11-27T09:00" };
    expect(draftProblems(past, NOW, window).end).toBe("endPassed");
    expect(keepsDescription(window)).toBe(true);
    const cleared = { ...draft, description: { en: "", "zh-CN": "" } };
    expect(draftProblems(cleared, NOW, window).description).toEqual({ en: "required", "zh-CN": "required" });
    expect(changesOf(cleared, window, NOW)).toBeNull();
    // A window without a description may stay without one.
    const bare = { ...window, description: { en: "", "zh-CN": "" } };
    expect(keepsDescription(bare)).toBe(false);
    expect(changesOf(draftOf(bare), bare, NOW)).toEqual({});
  });

  it("needs at least one component", () => {
    expect(changesOf({ ...draftOf(window), components: [] }, window, NOW)).toBeNull();
  });
});
