import type { TestContext } from "./test-app.js";
import { buildStaff } from "./wallet-helpers.js";

/** Calls for the staff help tests: a signed-in agent and admin, JSON in and out. */

export type Staff = Awaited<ReturnType<typeof buildStaff>>;

export async function helpStaff(ctx: TestContext): Promise<{ agent: Staff; admin: Staff }> {
  return { agent: await buildStaff(ctx, "agent"), admin: await buildStaff(ctx, "admin") };
}

export function call(
  ctx: TestContext,
  who: Staff | undefined,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
) {
  return ctx.app.inject({
    method,
    url: `/api/v1/admin/help${url}`,
    headers: {
      ...(who?.auth ?? {}),
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
}

let articles = 0;

/** A fresh slug per call, so tests sharing an app do not collide. */
export function uniqueSlug(prefix = "test-article"): string {
  articles += 1;
  return `${prefix}-${articles}`;
}

/** Creates an article (en draft only unless translations are given) in a shipped section. */
export async function createArticle(
  ctx: TestContext,
  who: Staff,
  overrides: Record<string, unknown> = {},
): Promise<{ slug: string; status: number; body: Record<string, unknown> }> {
  const slug = (overrides.slug as string | undefined) ?? uniqueSlug();
  const res = await call(ctx, who, "POST", "/articles", {
    slug,
    section: "signing-in",
    kind: "how_to",
    tags: ["Test"],
    related: [],
    translations: { en: { title: "How to test", body: "First body.\n\nSecond line." } },
    ...overrides,
  });
  return { slug, status: res.statusCode, body: res.json() };
}

export async function auditActions(ctx: TestContext, slug: string): Promise<string[]> {
  const rows = await ctx.services.audit.list({ targetType: "help_article", targetId: slug, limit: 100 });
  return rows.map((r) => r.action).reverse();
}
