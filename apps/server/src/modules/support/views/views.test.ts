import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpArticle } from "../../../test/help-helpers.js";
import { buildSupportStaff, type SupportStaff } from "../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";

describe(`saved queue views and help articles for replies, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let alice: SupportStaff;
  let bob: SupportStaff;
  let supervisor: SupportStaff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    alice = await buildSupportStaff(ctx, "agent", "Alice Agent");
    bob = await buildSupportStaff(ctx, "agent", "Bob Agent");
    supervisor = await buildSupportStaff(ctx, "supervisor", "Sam Supervisor");
  });
  afterAll(() => ctx?.close());

  const save = (who: SupportStaff, payload: Record<string, unknown>) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/agent/filters", headers: who.auth, payload });
  const names = async (who: SupportStaff) =>
    (
      (await ctx.app.inject({ method: "GET", url: "/api/v1/agent/filters", headers: who.auth })).json()
        .data as {
        name: string;
      }[]
    ).map((v) => v.name);
  const remove = (who: SupportStaff, id: string) =>
    ctx.app.inject({ method: "DELETE", url: `/api/v1/agent/filters/${id}`, headers: who.auth });

  it("a view is private unless shared", async () => {
    const mine = await save(alice, {
      name: "My urgent payments",
      filters: { view: "mine", priority: "urgent,high, urgent", group: "payments" },
    });
    expect(mine.statusCode).toBe(201);
    expect(mine.json()).toMatchObject({
      name: "My urgent payments",
      filters: { view: "mine", priority: "urgent,high", group: "payments" },
      shared: false,
      mine: true,
      canDelete: true,
      owner: { id: alice.userId, name: "Alice Agent" },
    });
    const shared = await save(alice, {
      name: "Breached deposits",
      filters: { view: "breached", category: "deposit", q: "#100001" },
      shared: true,
    });
    expect(shared.statusCode).toBe(201);

    expect(await names(alice)).toEqual(["Breached deposits", "My urgent payments"]);
    expect(await names(bob)).toEqual(["Breached deposits"]);
    const forBob = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/agent/filters", headers: bob.auth })
    ).json().data[0];
    expect(forBob).toMatchObject({ mine: false, canDelete: false, owner: { name: "Alice Agent" } });

    // Someone else's private view does not exist for Bob; the shared one is not his to delete.
    const hidden = await remove(bob, mine.json().id);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe("saved_filter_not_found");
    expect((await remove(bob, shared.json().id)).json().code).toBe("forbidden");
    // Supervisors tidy the shared list, never private views.
    expect((await remove(supervisor, mine.json().id)).statusCode).toBe(404);
    expect((await remove(supervisor, shared.json().id)).statusCode).toBe(204);
    expect((await remove(alice, mine.json().id)).statusCode).toBe(204);
    expect(await names(alice)).toEqual([]);

    const trail = await ctx.services.audit.list({ targetType: "support_saved_filter" });
    expect(trail.map((e) => `${e.action} ${e.actorLabel}`).sort()).toEqual(
      [
        `support.view.created ${alice.email}`,
        `support.view.created ${alice.email}`,
        `support.view.deleted ${alice.email}`,
        `support.view.deleted ${supervisor.email}`,
      ].sort(),
    );
  });

  it("keeps at most 50 views per person; deleting one makes room", async () => {
    const carl = await buildSupportStaff(ctx, "agent", "Carl Collector");
    const ids: string[] = [];
    for (let i = 1; i <= 50; i++) {
      const res = await save(carl, { name: `View ${i}`, filters: { view: "open" }, shared: i % 10 === 0 });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const refused = await save(carl, { name: "One too many", filters: { view: "open" } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: "validation_failed",
      errors: [
        expect.objectContaining({ path: "/name", message: expect.stringContaining("50 saved views") }),
      ],
    });
    expect(await names(carl)).not.toContain("One too many");
    // Only his own count: others still save.
    expect((await save(bob, { name: "Bob's view", filters: { view: "open" } })).statusCode).toBe(201);
    expect((await remove(carl, ids[0] ?? "")).statusCode).toBe(204);
    expect((await save(carl, { name: "One too many", filters: { view: "open" } })).statusCode).toBe(201);
  });

  it("keeps only the queue's own filters, with values the queue accepts", async () => {
    for (const filters of [
      { view: "mine", cursor: "abc" },
      { status: "open,maybe" },
      { view: "everything" },
      { assignee: "not an id" },
      { status: "" },
    ]) {
      const res = await save(alice, { name: "Odd", filters });
      expect(res.statusCode, JSON.stringify(filters)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    expect((await save(alice, { name: " ", filters: {} })).statusCode).toBe(400);
    const customerish = await ctx.app.inject({ method: "GET", url: "/api/v1/agent/filters" });
    expect(customerish.statusCode).toBe(401);
  });

  it("finds published help articles to link, with their address", async () => {
    await buildHelpArticle(ctx, {
      slug: "kite-repair",
      en: { title: "Repairing a kite", body: "Patch the sail of the kite." },
      "zh-CN": { title: "如何修理风筝", body: "修补风筝的帆面。" },
    });
    const en = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/agent/help-articles?q=kite&language=en",
      headers: alice.auth,
    });
    expect(en.statusCode).toBe(200);
    expect(en.json().data).toEqual([
      {
        slug: "kite-repair",
        title: "Repairing a kite",
        url: "http://127.0.0.1:8080/help/kite-repair",
        language: "en",
      },
    ]);
    const zh = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/help-articles?q=${encodeURIComponent("风筝")}&language=zh-CN`,
      headers: alice.auth,
    });
    expect(zh.json().data[0]).toMatchObject({ slug: "kite-repair", title: "如何修理风筝" });
    const none = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/agent/help-articles?q=submarine",
      headers: alice.auth,
    });
    expect(none.json().data).toEqual([]);
  });

  it("documents the console's live, macro and view routes in the OpenAPI document", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const routes: [string, string][] = [
      ["/api/v1/agent/events", "get"],
      ["/api/v1/agent/tickets/{id}/viewing", "post"],
      ["/api/v1/agent/tickets/{id}/viewing", "delete"],
      ["/api/v1/agent/macros", "get"],
      ["/api/v1/agent/macros", "post"],
      ["/api/v1/agent/macros/{id}", "patch"],
      ["/api/v1/agent/macros/{id}", "delete"],
      ["/api/v1/agent/macros/{id}/render", "post"],
      ["/api/v1/agent/help-articles", "get"],
      ["/api/v1/agent/filters", "get"],
      ["/api/v1/agent/filters", "post"],
      ["/api/v1/agent/filters/{id}", "delete"],
    ];
    for (const [path, method] of routes) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation.summary).toBeTruthy();
      expect(operation.tags).toEqual(["Support console"]);
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
    }
  });
});
