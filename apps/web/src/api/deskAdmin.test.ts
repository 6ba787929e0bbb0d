import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import {
  addHoliday,
  createMacro,
  deleteHoliday,
  deleteMacro,
  findArticles,
  getCalendar,
  getSlaPolicies,
  listAgents,
  listGroups,
  listHolidays,
  listMacros,
  saveCalendar,
  saveSlaPolicies,
  setStaffGroups,
  updateMacro,
} from "./deskAdmin";
import { call, noContent, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const macro = {
  id: "mac_1",
  title: { en: "Deposit delay", "zh-CN": "入账延迟" },
  body: { en: "Hi {{customer.firstName}}", "zh-CN": "您好 {{customer.name}}" },
  setStatus: "pending",
  addTags: ["deposit"],
  usageCount: 12,
  updatedAt: "2026-11-20T08:00:00.000Z",
};

describe("macros", () => {
  it("lists macros with both languages, usage and side effects; unreadable ones are dropped", async () => {
    const fetchMock = stub(200, { data: [macro, { title: "no id" }, { id: "mac_2", setStatus: "closed" }] });
    const macros = await listMacros();
    expect(call(fetchMock).url).toBe("/api/v1/agent/macros");
    expect(macros).toHaveLength(2);
    expect(macros[0]).toEqual(macro);
    expect(macros[1]).toMatchObject({ id: "mac_2", setStatus: null, addTags: [], usageCount: 0 });
  });

  it("creates, changes and deletes with the CSRF header", async () => {
    setCsrfToken("csrf-1");
    const input = {
      title: macro.title,
      body: macro.body,
      setStatus: "solved" as const,
      addTags: ["done"],
    };
    const post = stub(201, { ...macro, ...input });
    expect((await createMacro(input)).setStatus).toBe("solved");
    expect(call(post).method).toBe("POST");
    expect(call(post).url).toBe("/api/v1/agent/macros");
    expect(call(post).json()).toEqual(input);
    expect(call(post).headers["X-CSRF-Token"]).toBe("csrf-1");

    const patch = stub(200, { ...macro, setStatus: null });
    expect((await updateMacro("mac/1", { setStatus: null })).setStatus).toBeNull();
    expect(call(patch).method).toBe("PATCH");
    expect(call(patch).url).toBe("/api/v1/agent/macros/mac%2F1");
    expect(call(patch).json()).toEqual({ setStatus: null });

    const del = noContent();
    await deleteMacro("mac_1");
    expect(call(del).method).toBe("DELETE");
    expect(call(del).url).toBe("/api/v1/agent/macros/mac_1");
  });

  it("passes the server's refusal on (an agent may not write)", async () => {
    stub(403, { code: "forbidden", title: "Forbidden", status: 403 });
    const error = await createMacro({
      title: macro.title,
      body: macro.body,
      setStatus: null,
      addTags: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("forbidden");
  });
});

describe("help articles for macros", () => {
  it("searches in a language and keeps slug and title", async () => {
    const fetchMock = stub(200, {
      data: [
        { slug: "deposit-delays", title: "存款延迟", url: "http://h/help/deposit-delays", language: "zh-CN" },
        { title: "no slug" },
      ],
    });
    expect(await findArticles(" 存款 ", "zh-CN")).toEqual([{ slug: "deposit-delays", title: "存款延迟" }]);
    const url = new URL(call(fetchMock).url, "http://x");
    expect(url.pathname).toBe("/api/v1/agent/help-articles");
    expect(url.searchParams.get("q")).toBe("存款");
    expect(url.searchParams.get("language")).toBe("zh-CN");
  });
});

describe("SLA policies", () => {
  it("reads the policies from urgent down to low and saves them", async () => {
    const policies = [
      { priority: "low", firstResponseMinutes: 1080, resolutionMinutes: 5400, businessHours: true },
      { priority: "urgent", firstResponseMinutes: 60, resolutionMinutes: 480, businessHours: false },
      { priority: "normal", firstResponseMinutes: 540, resolutionMinutes: 2700, businessHours: true },
      { priority: "whatever", firstResponseMinutes: 1, resolutionMinutes: 1, businessHours: true },
    ];
    stub(200, { policies });
    expect((await getSlaPolicies()).map((p) => p.priority)).toEqual(["urgent", "normal", "low"]);

    const put = stub(200, { policies });
    const [urgent] = await saveSlaPolicies([
      { priority: "urgent", firstResponseMinutes: 30, resolutionMinutes: 480, businessHours: false },
    ]);
    expect(urgent?.businessHours).toBe(false);
    expect(call(put).method).toBe("PUT");
    expect(call(put).url).toBe("/api/v1/admin/support/sla");
    expect(call(put).json()).toEqual({
      policies: [
        { priority: "urgent", firstResponseMinutes: 30, resolutionMinutes: 480, businessHours: false },
      ],
    });
  });
});

describe("business calendar", () => {
  it("always has seven weekdays, Sunday first; a day without times is closed", async () => {
    stub(200, {
      timeZone: "Europe/Berlin",
      days: [
        { weekday: 1, closed: false, open: "09:00", close: "18:00" },
        { weekday: 2, closed: false, open: null, close: null },
      ],
    });
    const calendar = await getCalendar();
    expect(calendar.timeZone).toBe("Europe/Berlin");
    expect(calendar.days.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(calendar.days[1]).toEqual({ weekday: 1, closed: false, open: "09:00", close: "18:00" });
    expect(calendar.days[2]?.closed).toBe(true);
    expect(calendar.days[0]?.closed).toBe(true);
  });

  it("sends closed days without times", async () => {
    const put = stub(200, { timeZone: "Asia/Shanghai", days: [] });
    await saveCalendar({
      timeZone: "Asia/Shanghai",
      days: [
        { weekday: 0, closed: true, open: "09:00", close: "18:00" },
        { weekday: 1, closed: false, open: "09:00", close: "24:00" },
      ],
    });
    expect(call(put).url).toBe("/api/v1/admin/support/calendar");
    expect(call(put).json()).toEqual({
      timeZone: "Asia/Shanghai",
      days: [
        { weekday: 0, closed: true },
        { weekday: 1, open: "09:00", close: "24:00" },
      ],
    });
  });
});

describe("holidays", () => {
  it("lists a year's holidays in day order", async () => {
    const fetchMock = stub(200, {
      holidays: [
        { day: "2027-10-01", name: { en: "National Day", "zh-CN": "国庆节" } },
        { day: "2027-01-01", name: { en: "New Year's Day", "zh-CN": "元旦" } },
        { name: { en: "no day" } },
      ],
    });
    const holidays = await listHolidays(2027);
    expect(new URL(call(fetchMock).url, "http://x").searchParams.get("year")).toBe("2027");
    expect(holidays.map((h) => h.day)).toEqual(["2027-01-01", "2027-10-01"]);
    stub(200, { holidays: [] });
    expect(await listHolidays()).toEqual([]);
  });

  it("adds and removes a holiday", async () => {
    const holiday = { day: "2027-12-24", name: { en: "Christmas Eve", "zh-CN": "平安夜" } };
    const post = stub(201, holiday);
    expect(await addHoliday(holiday)).toEqual(holiday);
    expect(call(post).json()).toEqual(holiday);
    const del = noContent();
    await deleteHoliday("2027-12-24");
    expect(call(del).method).toBe("DELETE");
    expect(call(del).url).toBe("/api/v1/admin/support/holidays/2027-12-24");
  });
});

describe("groups and staff", () => {
  it("reads groups with their categories and members", async () => {
    stub(200, {
      groups: [
        {
          key: "payments",
          name: { en: "Payments", "zh-CN": "支付" },
          categories: ["transaction", "deposit", "nonsense"],
          position: 1,
          members: [
            {
              id: "usr_d",
              name: "Dana",
              email: "d@x",
              role: "agent",
              status: "online",
              groups: ["payments"],
            },
          ],
        },
      ],
    });
    const [group] = await listGroups();
    expect(group?.categories).toEqual(["transaction", "deposit"]);
    expect(group?.members[0]).toEqual({
      id: "usr_d",
      name: "Dana",
      email: "d@x",
      role: "agent",
      status: "online",
      groups: ["payments"],
    });
  });

  it("reads the agents list (a bare array) and sets someone's groups", async () => {
    stub(200, [{ id: "usr_e", name: null, email: "e@x", role: "supervisor", status: "gone", groups: [] }]);
    expect(await listAgents()).toEqual([
      { id: "usr_e", name: "e@x", email: "e@x", role: "supervisor", status: "offline", groups: [] },
    ]);
    const put = stub(200, { userId: "usr_e", groups: ["general", "security"] });
    expect(await setStaffGroups("usr_e", ["security", "general"])).toEqual(["general", "security"]);
    expect(call(put).method).toBe("PUT");
    expect(call(put).url).toBe("/api/v1/admin/staff/usr_e/groups");
    expect(call(put).json()).toEqual({ groups: ["security", "general"] });
  });
});
