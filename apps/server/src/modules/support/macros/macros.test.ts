import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpArticle } from "../../../test/help-helpers.js";
import { buildSupportStaff, buildTicketRow, type SupportStaff } from "../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";
import { shippedArticles } from "../../help/content/index.js";
import { MACROS_SEEDED_KEY, seedMacros } from "./seed.js";
import { STARTER_MACROS } from "./starter.js";

const body = (en: string, zh: string) => ({ en, "zh-CN": zh });

describe(`macros, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: SupportStaff;
  let supervisor: SupportStaff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildSupportStaff(ctx, "agent", "Alice Agent");
    supervisor = await buildSupportStaff(ctx, "supervisor", "Sam Supervisor");
    await buildHelpArticle(ctx, {
      slug: "reset-lantern",
      en: { title: "Resetting your lantern", body: "Turn it off and on." },
      "zh-CN": { title: "如何重置灯笼", body: "关掉再打开。" },
    });
  });
  afterAll(() => ctx?.close());

  const list = async (who: SupportStaff) =>
    (await ctx.app.inject({ method: "GET", url: "/api/v1/agent/macros", headers: who.auth })).json().data as {
      id: string;
      title: { en: string };
      usageCount: number;
    }[];

  const create = (who: SupportStaff, payload: Record<string, unknown>) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/agent/macros", headers: who.auth, payload });

  const render = (who: SupportStaff, macroId: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/macros/${macroId}/render`,
      headers: who.auth,
      payload,
    });

  it("a new desk starts with the starter macros, each linking help articles that ship", async () => {
    const macros = await list(agent);
    expect(macros.map((m) => m.title.en)).toEqual(
      expect.arrayContaining(["Account unlocked", "2FA reset done"]),
    );
    expect(macros).toHaveLength(STARTER_MACROS.length);
    const shipped = new Set(shippedArticles.map((a) => a.slug));
    for (const macro of STARTER_MACROS) {
      for (const language of ["en", "zh-CN"] as const) {
        const slugs = [...macro.body[language].matchAll(/\{\{article:([a-z0-9-]+)\}\}/g)].map((m) => m[1]);
        expect(slugs.length, `${macro.title.en} (${language}) links an article`).toBeGreaterThan(0);
        for (const slug of slugs) expect(shipped.has(slug ?? ""), `${slug} ships`).toBe(true);
      }
      // The Chinese text addresses the customer politely.
      expect(macro.body["zh-CN"]).toContain("您");
    }
    // Seeding again adds nothing.
    await seedMacros(ctx.services.support.deps);
    expect(await list(agent)).toHaveLength(STARTER_MACROS.length);
  });

  it("agents read macros; only supervisors write them, and every write is audited", async () => {
    const payload = {
      title: body("Card declined", "银行卡被拒"),
      body: body(
        "Hi {{customer.firstName}}, your card was declined.",
        "{{customer.name}}，您好：您的银行卡被拒绝了。",
      ),
      setStatus: "pending",
      addTags: ["card", "card"],
    };
    const refused = await create(agent, payload);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("forbidden");

    const created = await create(supervisor, payload);
    expect(created.statusCode).toBe(201);
    const macro = created.json();
    expect(macro).toMatchObject({
      title: payload.title,
      setStatus: "pending",
      addTags: ["card"],
      usageCount: 0,
    });
    expect((await list(agent)).map((m) => m.id)).toContain(macro.id);

    const agentPatch = await ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/agent/macros/${macro.id}`,
      headers: agent.auth,
      payload: { setStatus: null },
    });
    expect(agentPatch.statusCode).toBe(403);
    const patched = await ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/agent/macros/${macro.id}`,
      headers: supervisor.auth,
      payload: { setStatus: null, title: body("Card declined — next steps", "银行卡被拒 — 后续步骤") },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ setStatus: null, body: payload.body, addTags: ["card"] });
    expect(patched.json().title.en).toBe("Card declined — next steps");

    expect(
      (
        await ctx.app.inject({
          method: "DELETE",
          url: `/api/v1/agent/macros/${macro.id}`,
          headers: agent.auth,
        })
      ).statusCode,
    ).toBe(403);
    const deleted = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/agent/macros/${macro.id}`,
      headers: supervisor.auth,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await list(agent)).map((m) => m.id)).not.toContain(macro.id);
    const ticket = await buildTicketRow(ctx);
    expect((await render(agent, macro.id, { ticketId: ticket.id })).json().code).toBe("macro_not_found");
    const again = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/agent/macros/${macro.id}`,
      headers: supervisor.auth,
    });
    expect(again.statusCode).toBe(404);

    const trail = await ctx.services.audit.list({ targetType: "support_macro", targetId: macro.id });
    expect(trail.map((e) => e.action).sort()).toEqual([
      "support.macro.created",
      "support.macro.deleted",
      "support.macro.updated",
    ]);
    expect(trail.every((e) => e.actorId === supervisor.userId && e.actorLabel === supervisor.email)).toBe(
      true,
    );
  });

  it("refuses macros without both languages", async () => {
    const res = await create(supervisor, {
      title: { en: "Only English" },
      body: body("Hello", "您好"),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("validation_failed");
  });

  it("fills in the customer, ticket, agent and articles, in the ticket's language or the one asked for", async () => {
    const macro = (
      await create(supervisor, {
        title: body("Lantern", "灯笼"),
        body: body(
          "Hi {{customer.firstName}} ({{customer.name}}, wallet {{customer.walletNumber}}): about {{ticket.number}}, " +
            "see {{article:reset-lantern}}. Also {{article:no-such-article}} and {{customer.shoeSize}}.\n{{ agent.name }}",
          "{{customer.name}}，您好：关于工单 {{ticket.number}}，请参阅 {{article:reset-lantern}}。\n{{agent.name}}",
        ),
        setStatus: "solved",
        addTags: ["lantern"],
      })
    ).json();
    const customer = await buildCustomer(ctx, {}, "Mei Lin Chen");
    const ticket = await buildTicketRow(ctx, { userId: customer.userId, language: "zh-CN" });

    const zh = await render(agent, macro.id, { ticketId: ticket.id });
    expect(zh.statusCode).toBe(200);
    expect(zh.json()).toEqual({
      body: `Mei Lin Chen，您好：关于工单 #${ticket.number}，请参阅 如何重置灯笼 — http://127.0.0.1:8080/help/reset-lantern。\nAlice Agent`,
      language: "zh-CN",
      setStatus: "solved",
      addTags: ["lantern"],
    });

    const en = await render(agent, macro.id, { ticketId: ticket.id, language: "en" });
    expect(en.json().body).toBe(
      `Hi Mei (Mei Lin Chen, wallet ${customer.walletNumber}): about #${ticket.number}, ` +
        "see Resetting your lantern — http://127.0.0.1:8080/help/reset-lantern. " +
        "Also {{article:no-such-article}} and {{customer.shoeSize}}.\nAlice Agent",
    );

    // A guest without a name or wallet: those variables stay visible for the agent to fill.
    const guest = await buildTicketRow(ctx, { requesterName: null });
    const forGuest = await render(supervisor, macro.id, { ticketId: guest.id });
    expect(forGuest.json().body).toContain(
      "Hi {{customer.firstName}} ({{customer.name}}, wallet {{customer.walletNumber}})",
    );
    expect(forGuest.json().body).toContain("Sam Supervisor");

    const counted = (await list(agent)).find((m) => m.id === macro.id);
    expect(counted?.usageCount).toBe(3);
    // The most used come first.
    expect((await list(agent))[0]?.id).toBe(macro.id);
    // Rendering is not a customer reading the article.
    expect(await ctx.services.help.reader.flushViews()).toBe(0);
  });

  it("answers ticket_not_found for unknown or unconfirmed tickets", async () => {
    const [first] = await list(agent);
    const unknown = await render(agent, first?.id ?? "", { ticketId: "tkt_nope" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("ticket_not_found");
    const unconfirmed = await buildTicketRow(ctx, { verified: false });
    expect((await render(agent, first?.id ?? "", { ticketId: unconfirmed.id })).json().code).toBe(
      "ticket_not_found",
    );
  });

  it("a desk whose supervisors deleted every macro does not get the starters back", async () => {
    await ctx.platform.db.updateTable("support_macros").set({ deleted_at: ctx.clock.now() }).execute();
    await ctx.platform.db.deleteFrom("platform_meta").where("key", "=", MACROS_SEEDED_KEY).execute();
    // Even without the memory of seeding, the deleted macros still count.
    await seedMacros(ctx.services.support.deps);
    expect(await list(agent)).toEqual([]);
  });
});
