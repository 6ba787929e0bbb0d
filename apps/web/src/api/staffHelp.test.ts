import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  createArticle,
  editConflict,
  getArticle,
  getDiff,
  getVersion,
  listArticles,
  listFacts,
  listVersions,
  parseArticleDetail,
  parseArticleSummary,
  parsePerson,
  previewMarkdown,
  publishTranslation,
  restoreVersion,
  saveDraft,
  uploadImage,
} from "./staffHelp";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const SUMMARY = {
  slug: "forgot-password",
  kind: "how_to",
  section: { slug: "signing-in", name: "Signing in" },
  tags: ["password", "重置"],
  updatedAt: "2026-11-26T08:00:00.000Z",
  translations: {
    en: {
      title: "I forgot my password",
      status: "changed",
      draftVersion: 3,
      publishedVersion: 2,
      submittedAt: "2026-11-26T09:00:00.000Z",
      updatedAt: "2026-11-26T09:00:00.000Z",
    },
  },
};

const TRANSLATION = {
  draftTitle: "I forgot my password",
  draftBody: "Locked after {{lockout.threshold}} tries.",
  draftVersion: 3,
  draftUpdatedAt: "2026-11-26T09:00:00.000Z",
  draftUpdatedBy: { id: "u_1", name: "Agent Ada" },
  title: "Forgot password",
  body: "Old text",
  publishedVersion: 2,
  publishedAt: "2026-11-25T09:00:00.000Z",
  publishedBy: null,
  submittedAt: null,
  submittedBy: null,
  status: "changed",
};

const DETAIL = {
  slug: "forgot-password",
  kind: "how_to",
  section: { slug: "signing-in", name: "Signing in" },
  tags: ["password"],
  related: [{ slug: "account-locked", title: "My account is locked" }, "two-factor"],
  createdAt: "2026-11-20T08:00:00.000Z",
  updatedAt: "2026-11-26T09:00:00.000Z",
  translations: { en: TRANSLATION, "zh-CN": { ...TRANSLATION, status: "draft", publishedVersion: null } },
};

describe("the article list", () => {
  it("reads each language's status and marks a missing translation by leaving it out", () => {
    const article = parseArticleSummary(SUMMARY);
    expect(article).toMatchObject({
      slug: "forgot-password",
      kind: "how_to",
      section: { slug: "signing-in", name: "Signing in" },
      tags: ["password", "重置"],
    });
    expect(article?.translations.en).toEqual({
      title: "I forgot my password",
      status: "changed",
      draftVersion: 3,
      publishedVersion: 2,
      submittedAt: "2026-11-26T09:00:00.000Z",
      updatedAt: "2026-11-26T09:00:00.000Z",
    });
    expect(article?.translations["zh-CN"]).toBeUndefined();
  });

  it("falls back safely on odd values", () => {
    expect(
      parseArticleSummary({
        slug: "x",
        kind: "essay",
        section: "misc",
        translations: { en: { status: "?" } },
      }),
    ).toMatchObject({
      kind: "faq",
      section: { slug: "misc", name: "misc" },
      tags: [],
      translations: { en: { status: "draft", publishedVersion: null } },
    });
    expect(parseArticleSummary({ kind: "faq" })).toBeNull();
  });

  it("sends the filters and reads the cursor", async () => {
    const fetchMock = stub(200, { data: [SUMMARY, { bad: 1 }], nextCursor: "c2" });
    const page = await listArticles({ q: "  password ", status: "submitted", section: "", limit: 25 });
    expect(page.data).toHaveLength(1);
    expect(page.nextCursor).toBe("c2");
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/articles?q=password&status=submitted&limit=25");
  });
});

describe("one article", () => {
  it("reads both translations, people and related articles given as objects or slugs", () => {
    const article = parseArticleDetail(DETAIL);
    expect(article?.related).toEqual([
      { slug: "account-locked", title: "My account is locked" },
      { slug: "two-factor", title: null },
    ]);
    expect(article?.translations.en).toMatchObject({
      draftVersion: 3,
      draftUpdatedBy: { id: "u_1", name: "Agent Ada" },
      publishedVersion: 2,
      publishedBy: null,
      status: "changed",
    });
    expect(article?.translations["zh-CN"]?.status).toBe("draft");
    expect(article?.translations.en?.submittedVersion).toBeNull();
    const submitted = parseArticleDetail({
      ...DETAIL,
      translations: { en: { ...TRANSLATION, submittedAt: "2026-11-26T10:00:00.000Z", submittedVersion: 3 } },
    });
    expect(submitted?.translations.en?.submittedVersion).toBe(3);
  });

  it("reads a person given as an object, an email or a bare string", () => {
    expect(parsePerson({ id: "u_2", email: "a@b.test" })).toEqual({ id: "u_2", name: "a@b.test" });
    expect(parsePerson("Satchel")).toEqual({ id: "Satchel", name: "Satchel" });
    expect(parsePerson(null)).toBeNull();
  });

  it("escapes the slug in the address", async () => {
    const fetchMock = stub(200, DETAIL);
    await getArticle("a/b");
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/articles/a%2Fb");
  });

  it("creates an article with its meta and translations", async () => {
    const fetchMock = stub(201, DETAIL);
    setCsrfToken("csrf-1");
    const input = {
      slug: "forgot-password",
      section: "signing-in",
      kind: "how_to" as const,
      tags: ["password"],
      related: [],
      translations: { en: { title: "T", body: "B" } },
    };
    await createArticle(input);
    const c = call(fetchMock);
    expect(c.method).toBe("POST");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual(input);
  });

  it("saves a draft with the version it started from, and without an empty note", async () => {
    const fetchMock = stub(200, DETAIL);
    await saveDraft("forgot-password", "zh-CN", {
      title: "忘记密码",
      body: "正文",
      note: "  ",
      baseVersion: 3,
    });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/admin/help/articles/forgot-password/translations/zh-CN");
    expect(c.method).toBe("PUT");
    expect(c.json()).toEqual({ title: "忘记密码", body: "正文", baseVersion: 3 });
  });

  it("names the versions of an edit conflict", async () => {
    stub(409, {
      code: "help_edit_conflict",
      title: "Someone else saved this article first",
      status: 409,
      detail: "You were editing version 3, but version 4 has been saved since.",
      current: 4,
      params: { base: 3 },
    });
    const error = await saveDraft("x", "en", { title: "t", body: "b", baseVersion: 3 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(editConflict(error)).toEqual({ base: 3, current: 4 });
    expect(editConflict(new ApiError({ code: "not_found", status: 404, title: "x" }))).toBeNull();
  });

  it("publishes the draft, or a given version", async () => {
    const fetchMock = stub(200, DETAIL);
    await publishTranslation("x", "en");
    await publishTranslation("x", "en", 2);
    expect(call(fetchMock, 0).json()).toEqual({});
    expect(call(fetchMock, 1).json()).toEqual({ version: 2 });
    expect(call(fetchMock, 1).url).toBe("/api/v1/admin/help/articles/x/translations/en/publish");
  });

  it("rejects an answer without the article's shape", async () => {
    stub(200, { ok: true });
    await expect(restoreVersion("x", "en", 1)).rejects.toThrow(/documented shape/);
  });
});

describe("versions and diffs", () => {
  it("lists versions newest first", async () => {
    stub(200, {
      data: [
        { version: 1, title: "A", author: null, note: null, createdAt: "t1", published: false },
        {
          version: 3,
          title: "C",
          author: { id: "u", name: "Ada" },
          note: "typo",
          createdAt: "t3",
          published: true,
        },
        { version: "2" },
      ],
    });
    const versions = await listVersions("x", "en");
    expect(versions.map((v) => v.version)).toEqual([3, 1]);
    expect(versions[0]).toEqual({
      version: 3,
      title: "C",
      author: { id: "u", name: "Ada" },
      note: "typo",
      createdAt: "t3",
      published: true,
    });
  });

  it("reads one version with its body", async () => {
    stub(200, { version: 2, title: "B", body: "text", author: null, note: null, createdAt: "t2" });
    await expect(getVersion("x", "en", 2)).resolves.toMatchObject({ version: 2, body: "text" });
  });

  it("asks for a diff between two versions and reads its changes", async () => {
    const fetchMock = stub(200, {
      from: 1,
      to: 3,
      title: [
        { op: "equal", text: "Forgot " },
        { op: "delete", text: "password" },
        { op: "insert", text: "密码" },
      ],
      body: [{ op: "replace", text: "x" }, { text: 5 }],
    });
    const diff = await getDiff("x", "zh-CN", 1, 3);
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/articles/x/translations/zh-CN/diff?from=1&to=3");
    expect(diff.title.map((c) => c.op)).toEqual(["equal", "delete", "insert"]);
    expect(diff.body).toEqual([{ op: "equal", text: "x" }]);
  });
});

describe("preview, facts and images", () => {
  it("previews markdown in a language and reads unknown facts", async () => {
    const fetchMock = stub(200, { html: "<p>Hi</p>", unknownFacts: ["limits.nope", 3] });
    await expect(previewMarkdown("Hi {{limits.nope}}", "en")).resolves.toEqual({
      html: "<p>Hi</p>",
      unknownFacts: ["limits.nope"],
    });
    expect(call(fetchMock).json()).toEqual({ body: "Hi {{limits.nope}}", lang: "en" });
  });

  it("lists facts with both languages' values", async () => {
    stub(200, {
      data: [
        { name: "lockout.minutes", description: "lock", en: "15 minutes", "zh-CN": "15 分钟" },
        { name: "x", en: "1" },
        { description: "nameless" },
      ],
    });
    await expect(listFacts()).resolves.toEqual([
      { name: "lockout.minutes", description: "lock", values: { en: "15 minutes", "zh-CN": "15 分钟" } },
      { name: "x", description: "", values: { en: "1", "zh-CN": "1" } },
    ]);
  });

  it("uploads an image as the raw body with its type and the CSRF header", async () => {
    const fetchMock = stub(201, {
      id: "img_1",
      url: "/api/v1/help/images/img_1",
      markdown: "![](/api/v1/help/images/img_1)",
    });
    setCsrfToken("csrf-2");
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" });
    const image = await uploadImage(file);
    expect(image).toEqual({
      id: "img_1",
      url: "/api/v1/help/images/img_1",
      markdown: "![](/api/v1/help/images/img_1)",
    });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/admin/help/images");
    expect(c.method).toBe("POST");
    expect(c.body).toBe(file);
    expect(c.headers["Content-Type"]).toBe("image/png");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-2");
  });

  it("rejects a refused image with the server's problem", async () => {
    stub(
      415,
      { code: "help_image_unsupported", title: "Unsupported image", status: 415 },
      "application/problem+json",
    );
    const error = await uploadImage(new Blob(["GIF89a"], { type: "image/gif" })).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("help_image_unsupported");
  });
});
