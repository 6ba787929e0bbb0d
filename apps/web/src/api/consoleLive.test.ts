import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import {
  articleText,
  deleteFilter,
  itemsOf,
  listAgents,
  listGroups,
  listMacros,
  listSavedFilters,
  markViewing,
  parseSupportEvent,
  renderMacro,
  saveFilter,
  searchArticles,
  setPresence,
  stopViewing,
  stopViewingOnExit,
} from "./consoleLive";
import { call, noContent, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("server-sent events", () => {
  it("reads the events the console knows and ignores the rest", () => {
    expect(
      parseSupportEvent(
        "ticket.created",
        JSON.stringify({ type: "ticket.created", ticketId: "tkt_1", number: "100001", groupKey: "general" }),
      ),
    ).toEqual({
      type: "ticket.created",
      ticketId: "tkt_1",
      number: "100001",
      internal: false,
      authorType: null,
    });
    expect(
      parseSupportEvent(
        "message.created",
        JSON.stringify({ ticketId: "tkt_1", internal: true, authorType: "agent" }),
      ),
    ).toMatchObject({ type: "message.created", internal: true, authorType: "agent" });
    expect(parseSupportEvent("ping", JSON.stringify({ type: "ping", ticketId: "x" }))).toBeNull();
    expect(parseSupportEvent("ticket.updated", "not json")).toBeNull();
    expect(parseSupportEvent("ticket.updated", JSON.stringify({ type: "ticket.updated" }))).toBeNull();
  });
});

describe("viewers and presence", () => {
  it("says who else is on the ticket, and whether they type", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(200, {
      viewers: [{ id: "usr_d", name: "Dana", typing: true }, { name: "no id" }],
    });
    expect(await markViewing("tkt_1", true)).toEqual([{ id: "usr_d", name: "Dana", typing: true }]);
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/agent/tickets/tkt_1/viewing");
    expect(c.json()).toEqual({ typing: true });
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");

    const del = noContent();
    await stopViewing("tkt_1");
    expect(call(del).method).toBe("DELETE");

    const exit = noContent();
    stopViewingOnExit("tkt_1");
    const [url, init] = exit.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/agent/tickets/tkt_1/viewing");
    expect(init).toMatchObject({ method: "DELETE", keepalive: true, headers: { "X-CSRF-Token": "csrf-1" } });
  });

  it("posts presence and reads the status back", async () => {
    const fetchMock = stub(200, { status: "away" });
    expect(await setPresence("away")).toBe("away");
    expect(call(fetchMock).json()).toEqual({ status: "away" });
  });

  it("lists agents and groups from a bare array or a data list", async () => {
    stub(200, [{ id: "usr_d", name: "Dana", role: "agent", status: "online", groups: ["payments"] }]);
    expect(await listAgents()).toEqual([
      { id: "usr_d", name: "Dana", role: "agent", status: "online", groups: ["payments"] },
    ]);
    stub(200, {
      groups: [{ key: "payments", name: { en: "Payments", "zh-CN": "支付" }, members: [] }, { name: "x" }],
    });
    expect(await listGroups()).toEqual([{ key: "payments", name: { en: "Payments", "zh-CN": "支付" } }]);
    stub(200, { data: [{ key: "general", name: "General" }] });
    expect(await listGroups()).toEqual([{ key: "general", name: { en: "General", "zh-CN": "General" } }]);
    expect(itemsOf("nonsense", () => 1)).toEqual([]);
  });
});

describe("macros and articles", () => {
  it("lists macros with both languages and their side effects", async () => {
    stub(200, {
      data: [
        {
          id: "mac_1",
          title: { en: "Deposit delay", "zh-CN": "入账延迟" },
          body: { en: "Hi {{customer.firstName}}", "zh-CN": "您好" },
          setStatus: "pending",
          addTags: ["deposit"],
          usageCount: 4,
        },
        { id: "mac_2", title: "Only one", setStatus: "closed" },
      ],
    });
    const macros = await listMacros();
    expect(macros[0]).toMatchObject({ setStatus: "pending", addTags: ["deposit"], usageCount: 4 });
    expect(macros[1]).toMatchObject({ title: { en: "Only one", "zh-CN": "Only one" }, setStatus: null });
  });

  it("renders a macro for a ticket", async () => {
    const fetchMock = stub(200, { body: "Hi Alice", setStatus: "solved", addTags: ["done"] });
    expect(await renderMacro("mac_1", "tkt_1")).toEqual({
      body: "Hi Alice",
      setStatus: "solved",
      addTags: ["done"],
    });
    expect(call(fetchMock).url).toBe("/api/v1/agent/macros/mac_1/render");
    expect(call(fetchMock).json()).toEqual({ ticketId: "tkt_1" });
  });

  it("searches help articles to insert as 'Title — link'", async () => {
    const fetchMock = stub(200, {
      data: [
        {
          slug: "deposit-delays",
          title: "Deposit delays",
          url: "http://h/help/deposit-delays",
          language: "en",
        },
      ],
    });
    const found = await searchArticles(" deposit ", "zh-CN");
    const url = new URL(call(fetchMock).url, "http://x");
    expect(url.searchParams.get("q")).toBe("deposit");
    expect(url.searchParams.get("language")).toBe("zh-CN");
    expect(found[0] && articleText(found[0])).toBe("Deposit delays — http://h/help/deposit-delays");
  });
});

describe("saved views", () => {
  it("lists, saves and deletes", async () => {
    stub(200, {
      data: [
        {
          id: "f1",
          name: "Urgent payments",
          filters: { priority: "urgent", group: "payments", x: 3 },
          shared: true,
          owner: { id: "usr_s", name: "Sam" },
          mine: false,
          canDelete: false,
        },
        { id: "f3", name: "Mine", filters: {}, shared: false, mine: true },
      ],
    });
    expect(await listSavedFilters()).toEqual([
      {
        id: "f1",
        name: "Urgent payments",
        filters: { priority: "urgent", group: "payments" },
        shared: true,
        ownerName: "Sam",
        canDelete: false,
      },
      { id: "f3", name: "Mine", filters: {}, shared: false, ownerName: null, canDelete: true },
    ]);
    const post = stub(201, { id: "f2", name: "Mine", filters: { view: "mine" }, shared: false });
    expect((await saveFilter({ name: "Mine", filters: { view: "mine" }, shared: false })).id).toBe("f2");
    expect(call(post).json()).toEqual({ name: "Mine", filters: { view: "mine" }, shared: false });
    const del = noContent();
    await deleteFilter("f2");
    expect(call(del).url).toBe("/api/v1/agent/filters/f2");
    expect(call(del).method).toBe("DELETE");
  });
});
