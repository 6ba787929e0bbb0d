import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpArticle } from "../../../test/help-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff, type Customer } from "../../../test/wallet-helpers.js";
import { contactSearchId } from "./deflections.js";

describe(`feedback and the contact page's deflection, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let alice: Customer;
  let bob: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await buildHelpArticle(ctx, {
      slug: "refund-timing",
      tags: ["refund", "退款"],
      en: { title: "When will my refund arrive?", body: "Refunds reach your wallet within 5 working days." },
      "zh-CN": { title: "退款多久到账？", body: "退款会在 5 个工作日内退回您的钱包。" },
    });
    await buildHelpArticle(ctx, {
      slug: "refund-cancel",
      en: {
        title: "Cancel a refund request",
        body: "A refund request can be cancelled until it is approved.",
      },
    });
    await buildHelpArticle(ctx, { slug: "draft-only", drafts: { en: { title: "Draft", body: "Not out." } } });
    alice = await buildCustomer(ctx, {}, "Alice Feedback");
    bob = await buildCustomer(ctx, {}, "Bob Other");
  });
  afterAll(() => ctx.close());

  const deflection = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/help/deflections", payload, headers });
  const row = (id: string) =>
    ctx.platform.db.selectFrom("help_deflections").where("id", "=", id).selectAll().executeTakeFirstOrThrow();

  it("counts yes and no on the article and keeps the comment as plain text", async () => {
    const send = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/help/articles/refund-timing/feedback",
        payload,
        headers,
      });
    const yes = await send({ helpful: true });
    expect(yes.statusCode).toBe(201);
    expect(yes.json()).toMatchObject({ contactSupport: false });
    const comment = '<script>alert("x")</script> <img src=x onerror=alert(1)>\r\nSecond line';
    const no = await send({ helpful: false, comment, lang: "zh" }, alice.auth);
    expect(no.statusCode).toBe(201);
    expect(no.json()).toMatchObject({ id: expect.stringMatching(/^hfb_/), contactSupport: true });

    const article = await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/refund-timing" });
    expect(article.json().helpful).toEqual({ yes: 1, no: 1 });
    const stored = await ctx.platform.db
      .selectFrom("help_feedback")
      .where("id", "=", no.json().id)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      helpful: false,
      locale: "zh-CN",
      user_id: alice.userId,
      comment: '<script>alert("x")</script> <img src=x onerror=alert(1)>\nSecond line',
    });

    const staff = await buildStaff(ctx, "agent");
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/feedback?slug=refund-timing&helpful=false",
      headers: staff.auth,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().data).toEqual([
      {
        id: no.json().id,
        slug: "refund-timing",
        lang: "zh-CN",
        helpful: false,
        comment: stored.comment,
        createdAt: expect.any(String),
        user: { id: alice.userId, name: "Alice Feedback" },
      },
    ]);
    const firstPage = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/feedback?limit=1",
      headers: staff.auth,
    });
    expect(firstPage.json().nextCursor).toBe(no.json().id);
    const secondPage = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/help/feedback?limit=1&cursor=${firstPage.json().nextCursor}`,
      headers: staff.auth,
    });
    expect(secondPage.json()).toMatchObject({ data: [{ id: yes.json().id, user: null }], nextCursor: null });
    const forbidden = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/feedback",
      headers: alice.auth,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it("refuses feedback on an unpublished article and a comment that is too long", async () => {
    const draft = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/help/articles/draft-only/feedback",
      payload: { helpful: true },
    });
    expect(draft.statusCode).toBe(404);
    expect(draft.json().code).toBe("help_article_not_found");
    const long = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/help/articles/refund-timing/feedback",
      payload: { helpful: false, comment: "x".repeat(1001) },
    });
    expect(long.statusCode).toBe(400);
  });

  it("keeps one vote per signed-in customer and article: a new answer replaces the previous one", async () => {
    const vote = (helpful: boolean, headers: Record<string, string> = {}, comment?: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/help/articles/refund-cancel/feedback",
        payload: { helpful, ...(comment ? { comment } : {}) },
        headers,
      });
    const counts = async () =>
      (await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/refund-cancel" })).json().helpful;
    expect((await vote(true, alice.auth)).statusCode).toBe(201);
    expect(await counts()).toEqual({ yes: 1, no: 0 });
    expect((await vote(false, alice.auth, "Still unclear")).statusCode).toBe(201);
    expect(await counts()).toEqual({ yes: 0, no: 1 });
    await vote(false, alice.auth);
    expect(await counts()).toEqual({ yes: 0, no: 1 });
    // At once: the article's row lock lets one replace the other.
    await Promise.all([vote(true, bob.auth), vote(false, bob.auth)]);
    await vote(true);
    await vote(true);
    expect(await counts()).toMatchObject({ yes: expect.any(Number), no: expect.any(Number) });
    const rows = await ctx.platform.db
      .selectFrom("help_feedback as f")
      .innerJoin("help_articles as a", "a.id", "f.article_id")
      .where("a.slug", "=", "refund-cancel")
      .select(["f.user_id", "f.helpful", "f.comment"])
      .execute();
    const mine = rows.filter((row) => row.user_id === alice.userId);
    expect(mine).toEqual([{ user_id: alice.userId, helpful: false, comment: null }]);
    expect(rows.filter((row) => row.user_id === bob.userId)).toHaveLength(1);
    // Guests are not identified: each answer counts (they are limited per address instead).
    expect(rows.filter((row) => row.user_id === null)).toHaveLength(2);
    const { yes, no } = await counts();
    expect(yes).toBe(rows.filter((row) => row.helpful).length);
    expect(no).toBe(rows.filter((row) => !row.helpful).length);
  });

  it("suggests articles, records what was opened and ends deflected when it answered", async () => {
    const created = await deflection({ query: "where is my refund", lang: "en" });
    expect(created.statusCode).toBe(201);
    const { id, suggestions } = created.json();
    expect(id).toMatch(/^hdf_/);
    expect(suggestions[0]).toMatchObject({
      slug: "refund-timing",
      lang: "en",
      title: "When will my refund arrive?",
    });
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const logged = await ctx.platform.db
      .selectFrom("help_searches")
      .where("source", "=", "contact")
      .where("query", "=", "where is my refund")
      .select("results")
      .executeTakeFirstOrThrow();
    expect(logged.results).toBe(suggestions.length);

    const updated = await ctx.app.inject({
      method: "PUT",
      url: `/api/v1/help/deflections/${id}`,
      payload: { query: "cancel refund request" },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().suggestions[0].slug).toBe("refund-cancel");
    // One logged search per visit, holding what was typed last (not the first fragment).
    const searches = await ctx.platform.db
      .selectFrom("help_searches")
      .where("id", "=", contactSearchId(id))
      .selectAll()
      .execute();
    expect(searches).toEqual([
      expect.objectContaining({
        source: "contact",
        query: "cancel refund request",
        normalized: "cancel refund request",
        results: updated.json().suggestions.length,
        top_slug: "refund-cancel",
      }),
    ]);
    const fragments = await ctx.platform.db
      .selectFrom("help_searches")
      .where("query", "=", "where is my refund")
      .select("id")
      .execute();
    expect(fragments).toEqual([]);
    const opened = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/opened`,
      payload: { slug: "refund-cancel" },
    });
    expect(opened.statusCode).toBe(204);
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/opened`,
      payload: { slug: "refund-cancel" },
    });
    const notSuggested = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/opened`,
      payload: { slug: "draft-only" },
    });
    expect(notSuggested.statusCode).toBe(404);
    expect(notSuggested.json().code).toBe("help_article_not_found");
    const resolved = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/resolve`,
      payload: { outcome: "deflected" },
    });
    expect(resolved.statusCode).toBe(204);
    const stored = await row(id);
    expect(stored).toMatchObject({
      outcome: "deflected",
      opened: ["refund-cancel"],
      query: "cancel refund request",
    });
    expect(stored.suggested).toEqual(expect.arrayContaining(["refund-timing", "refund-cancel"]));
  });

  it("keeps a signed-in customer's deflection to them", async () => {
    const created = await deflection({ query: "refund arrived?" }, alice.auth);
    const { id } = created.json();
    expect((await row(id)).user_id).toBe(alice.userId);
    for (const headers of [bob.auth, {}]) {
      const attempts = [
        ctx.app.inject({
          method: "PUT",
          url: `/api/v1/help/deflections/${id}`,
          payload: { query: "other words" },
          headers,
        }),
        ctx.app.inject({
          method: "POST",
          url: `/api/v1/help/deflections/${id}/opened`,
          payload: { slug: "refund-timing" },
          headers,
        }),
        ctx.app.inject({
          method: "POST",
          url: `/api/v1/help/deflections/${id}/resolve`,
          payload: { outcome: "deflected" },
          headers,
        }),
        ctx.app.inject({
          method: "POST",
          url: "/api/v1/help/contact",
          payload: {
            subject: "Refund",
            message: "Where is my refund please?",
            email: "x@example.test",
            deflectionId: id,
          },
          headers,
        }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe("help_deflection_not_found");
      }
    }
    const mine = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/opened`,
      payload: { slug: "refund-timing" },
      headers: alice.auth,
    });
    expect(mine.statusCode).toBe(204);
    const unknown = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/help/deflections/nope/resolve",
      payload: { outcome: "deflected" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("marks a deflection contacted when the form is sent after it", async () => {
    const { id } = (await deflection({ query: "refund never came" }, alice.auth)).json();
    const contact = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/help/contact",
      payload: {
        subject: "Refund missing",
        message: "My refund has not arrived after 10 days.",
        deflectionId: id,
      },
      headers: alice.auth,
    });
    expect(contact.statusCode).toBe(202);
    expect((await row(id)).outcome).toBe("contacted");
    // "It answered" afterwards does not undo the request that was sent.
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${id}/resolve`,
      payload: { outcome: "deflected" },
      headers: alice.auth,
    });
    expect((await row(id)).outcome).toBe("contacted");
  });

  it("settles pending deflections after 30 minutes: deflected when something was opened, abandoned otherwise", async () => {
    const read = (await deflection({ query: "refund time" })).json().id as string;
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${read}/opened`,
      payload: { slug: "refund-timing" },
    });
    const left = (await deflection({ query: "refund left" })).json().id as string;
    const chore = ctx.services.help.chores().find(([what]) => what === "help deflections settled");
    if (!chore) throw new Error("no deflection chore");
    await chore[1]();
    expect((await row(read)).outcome).toBe("pending");
    ctx.clock.advance(31 * 60_000);
    const fresh = (await deflection({ query: "refund fresh" })).json().id as string;
    expect(await chore[1]()).toBeGreaterThanOrEqual(2);
    expect((await row(read)).outcome).toBe("deflected");
    expect((await row(left)).outcome).toBe("abandoned");
    expect((await row(fresh)).outcome).toBe("pending");
  });

  it("settles on the last activity, not on when the visit began", async () => {
    const chore = ctx.services.help.chores().find(([what]) => what === "help deflections settled");
    if (!chore) throw new Error("no deflection chore");
    const typing = (await deflection({ query: "refund slow" })).json().id as string;
    const reading = (await deflection({ query: "refund timing" })).json().id as string;
    const created = (await row(typing)).updated_at;
    expect(created.getTime()).toBe((await row(typing)).created_at.getTime());
    ctx.clock.advance(20 * 60_000);
    await ctx.app.inject({
      method: "PUT",
      url: `/api/v1/help/deflections/${typing}`,
      payload: { query: "refund slow to arrive" },
    });
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/deflections/${reading}/opened`,
      payload: { slug: (await row(reading)).suggested[0] },
    });
    expect((await row(typing)).updated_at.getTime()).toBe(created.getTime() + 20 * 60_000);
    ctx.clock.advance(20 * 60_000);
    await chore[1]();
    expect((await row(typing)).outcome).toBe("pending");
    expect((await row(reading)).outcome).toBe("pending");
    ctx.clock.advance(11 * 60_000);
    await chore[1]();
    expect((await row(typing)).outcome).toBe("abandoned");
    expect((await row(reading)).outcome).toBe("deflected");
  });
});
