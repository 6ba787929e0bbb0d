import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, call, createArticle, helpStaff, type Staff } from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { diffBody, diffTitle } from "./editing/history.js";

describe(`help version history, diff, restore and edit conflicts on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let admin: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
    ({ agent, admin } = await helpStaff(ctx));
  });
  afterAll(() => ctx.close());

  const save = (slug: string, title: string, body: string, extra: Record<string, unknown> = {}) =>
    call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, { title, body, ...extra });

  it("keeps every version, diffs them and restores an old one as a new version", async () => {
    const { slug } = await createArticle(ctx, agent, {
      translations: { en: { title: "Reset your password", body: "Line one\nLine two\n" } },
    });
    await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {});
    await save(slug, "Reset your password now", "Line one\nLine 2\nLine three\n", { note: "second" });
    await save(slug, "Change your password", "Completely new\n");

    const versions = (await call(ctx, agent, "GET", `/articles/${slug}/translations/en/versions`)).json()
      .data;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(versions[1]).toMatchObject({ title: "Reset your password now", note: "second", published: false });
    expect(versions[1].author).toMatchObject({ id: agent.userId });
    expect(versions[2]).toMatchObject({ version: 1, published: true });

    const one = (await call(ctx, agent, "GET", `/articles/${slug}/translations/en/versions/1`)).json();
    expect(one).toMatchObject({
      version: 1,
      title: "Reset your password",
      body: "Line one\nLine two\n",
      note: null,
    });
    const missing = await call(ctx, agent, "GET", `/articles/${slug}/translations/en/versions/99`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("help_version_not_found");

    const diff = (await call(ctx, agent, "GET", `/articles/${slug}/translations/en/diff?from=1&to=2`)).json();
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.title).toEqual([
      { op: "equal", text: "Reset your password" },
      { op: "insert", text: " now" },
    ]);
    expect(diff.body).toEqual([
      { op: "equal", text: "Line one\n" },
      { op: "delete", text: "Line two\n" },
      { op: "insert", text: "Line 2\nLine three\n" },
    ]);

    const restored = await call(
      ctx,
      agent,
      "POST",
      `/articles/${slug}/translations/en/versions/1/restore`,
      {},
    );
    expect(restored.statusCode).toBe(200);
    expect(restored.json().translations.en).toMatchObject({
      draftVersion: 4,
      draftTitle: "Reset your password",
      draftBody: "Line one\nLine two\n",
    });
    const history = (await call(ctx, agent, "GET", `/articles/${slug}/translations/en/versions`)).json().data;
    expect(history.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [4, "Reset your password"],
      [3, "Change your password"],
      [2, "Reset your password now"],
      [1, "Reset your password"],
    ]);
    expect(history[0].note).toBe("Restored from version 1");

    // Publish version 3, then the restored draft: customers read the old text again.
    await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, { version: 3 });
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/v1/help/articles/${slug}?lang=en` })).json().body,
    ).toBe("Completely new\n");
    await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {});
    const read = (
      await ctx.app.inject({ method: "GET", url: `/api/v1/help/articles/${slug}?lang=en` })
    ).json();
    expect(read).toMatchObject({ title: "Reset your password", body: "Line one\nLine two\n" });
    expect(await auditActions(ctx, slug)).toContain("help.restored");
  });

  it("refuses a save made from an old version with 409 help_edit_conflict and keeps the other save", async () => {
    const { slug } = await createArticle(ctx, agent);
    const first = await save(slug, "Mine", "first editor", { baseVersion: 1 });
    expect(first.statusCode).toBe(200);
    const second = await save(slug, "Theirs", "second editor", { baseVersion: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "help_edit_conflict", base: 1, current: 2 });
    const detail = (await call(ctx, agent, "GET", `/articles/${slug}`)).json();
    expect(detail.translations.en).toMatchObject({ draftVersion: 2, draftTitle: "Mine" });
    // Without a base version the save simply follows; the same text again adds no version.
    expect((await save(slug, "Mine", "first editor")).json().translations.en.draftVersion).toBe(2);
    // A language that does not exist yet conflicts with a base version other than 0.
    const zh = await call(ctx, agent, "PUT", `/articles/${slug}/translations/zh-CN`, {
      title: "标题",
      body: "正文",
      baseVersion: 3,
    });
    expect(zh.statusCode).toBe(409);
  });

  it("serializes concurrent saves of one language: each gets its own version", async () => {
    const { slug } = await createArticle(ctx, agent);
    const saves = await Promise.all(
      Array.from({ length: 5 }, (_, i) => save(slug, `Title ${i}`, `Body ${i}`)),
    );
    expect(saves.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const versions = (await call(ctx, agent, "GET", `/articles/${slug}/translations/en/versions`)).json()
      .data;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("diffs Chinese titles word by word and very different bodies without hanging", () => {
    const title = diffTitle("如何重置密码", "如何修改密码", "zh-CN");
    expect(
      title
        .filter((c) => c.op !== "equal")
        .map((c) => c.text)
        .join("|"),
    ).toMatch(/重置|修改/);
    expect(title.map((c) => (c.op === "delete" ? "" : c.text)).join("")).toBe("如何修改密码");
    const before = Array.from({ length: 3000 }, (_, i) => `line a${i}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, i) => `line b${i}`).join("\n");
    const started = Date.now();
    const body = diffBody(before, after);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(
      body
        .filter((c) => c.op === "insert")
        .map((c) => c.text)
        .join(""),
    ).toContain("line b2999");
  });
});
