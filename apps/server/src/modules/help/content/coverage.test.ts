import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCatalog } from "../../../platform/errors/catalog.js";
import { reasonCatalog } from "../../../platform/reasons/catalog.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { shippedArticles, shippedCategories, shippedSynonyms } from "./index.js";

/**
 * The knowledge base shipped with Satchel answers what the product tells customers: every
 * failure reason and every customer-facing error links to an article that exists, every
 * article is complete in both languages and quotes configuration only through facts.
 */

/** Errors only programs, staff tools or providers meet; their problem `type` links to /api/v1/errors/{code}. */
const TECHNICAL_ERRORS = new Set<string>([
  "validation_failed",
  "malformed_json",
  "empty_body",
  "bad_request",
  "unsupported_media_type",
  "payload_too_large",
  "not_found",
  "not_acceptable",
  "ledger_unbalanced",
  "hold_not_active",
  "identity_checks_insufficient",
  "already_reversed",
  "payment_method_exists",
  "webhook_signature_invalid",
  "provider_not_found",
  "webhook_payload_invalid",
  "statement_line_duplicate",
  "statement_line_not_unmatched",
  "statement_line_amount_mismatch",
  "statement_line_method_mismatch",
  "statement_line_currency_mismatch",
  "bank_method_required",
  "customer_not_found",
  "payment_case_resolved",
  "statement_csv_invalid",
  "statement_row_invalid",
  "withdrawal_not_in_review",
  "kyc_not_pending",
  // The status page's staff side and the notification center's staff tools.
  "incident_not_found",
  "incident_resolved",
  "maintenance_not_found",
  "maintenance_window_invalid",
  "maintenance_finished",
  "notification_not_found",
  "template_not_found",
  "outbox_message_not_found",
  // The support desk's staff side: the console, macros, saved views, SLA settings, staff administration.
  "ticket_merge_invalid",
  "macro_not_found",
  "saved_filter_not_found",
  "support_group_not_found",
  "assignee_not_eligible",
  "calendar_invalid",
  "staff_not_found",
  "staff_self_change",
  "last_admin",
  "account_deactivated",
  // The channels' staff and provider side: webhooks, secrets, contacts, the chat queue, announcements.
  "reply_channel_unavailable",
  "channel_not_configured",
  "channel_signature_invalid",
  "channel_verify_failed",
  "inbound_email_invalid",
  "contact_not_found",
  "channel_secret_not_found",
  "channel_secret_issued_by_provider",
  "channel_secret_generated_here",
  "contact_already_linked",
  "contact_link_verified",
  "contact_link_not_customer",
  "chat_already_taken",
  "callback_closed",
  "announcement_too_long",
]);

const slugs = new Set(shippedArticles.map((article) => article.slug));
const sections = new Set(shippedCategories.flatMap((category) => category.sections.map((s) => s.slug)));

describe("the shipped knowledge base", () => {
  it("has at least 40 articles, each with a unique stable slug, in both languages", () => {
    expect(shippedArticles.length).toBeGreaterThanOrEqual(40);
    expect(slugs.size).toBe(shippedArticles.length);
    for (const article of shippedArticles) {
      expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const locale of ["en", "zh-CN"] as const) {
        expect(article[locale].title.trim().length, `${article.slug} ${locale} title`).toBeGreaterThan(3);
        expect(article[locale].body.trim().length, `${article.slug} ${locale} body`).toBeGreaterThan(200);
      }
      expect(article["zh-CN"].body, `${article.slug} zh-CN is Chinese`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("puts every article in a section that exists and relates it only to articles that exist", () => {
    for (const article of shippedArticles) {
      expect(sections.has(article.section), `${article.slug} → section ${article.section}`).toBe(true);
      for (const related of article.related)
        expect(slugs.has(related), `${article.slug} → ${related}`).toBe(true);
    }
  });

  it("links only to help articles that exist", () => {
    for (const article of shippedArticles)
      for (const locale of ["en", "zh-CN"] as const)
        for (const match of article[locale].body.matchAll(/\]\(\/help\/([a-z0-9-]+)/g))
          expect(slugs.has(match[1] ?? ""), `${article.slug} (${locale}) links to /help/${match[1]}`).toBe(
            true,
          );
  });

  it("explains every failure reason with an article that exists", () => {
    for (const [code, reason] of Object.entries(reasonCatalog))
      expect(slugs.has(reason.helpArticle), `${code} → ${reason.helpArticle}`).toBe(true);
  });

  it("explains every customer-facing error with an article that exists", () => {
    for (const [code, definition] of Object.entries(errorCatalog)) {
      const article: string | undefined = "helpArticle" in definition ? definition.helpArticle : undefined;
      // Exempt or not, an error that links an article links one that exists.
      if (article !== undefined) expect(slugs.has(article), `${code} → ${article}`).toBe(true);
      if (code.startsWith("help_") || TECHNICAL_ERRORS.has(code)) continue;
      expect(article, `${code} has no helpArticle`).toBeDefined();
    }
  });

  it("exempts only errors that exist", () => {
    for (const code of TECHNICAL_ERRORS)
      expect(code in errorCatalog, `${code} is not in the catalogue`).toBe(true);
  });

  it("ships a synonym list", () => {
    expect(shippedSynonyms.length).toBeGreaterThanOrEqual(40);
    for (const group of shippedSynonyms) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it("labels at least 150 evaluation questions, half of them Chinese, with articles that exist", () => {
    const dir = join(import.meta.dirname, "../../../../../../bench/help-eval");
    const questions = readdirSync(dir)
      .filter((file) => /^questions-.*\.json$/.test(file))
      .flatMap(
        (file) =>
          JSON.parse(readFileSync(join(dir, file), "utf8")) as { q: string; lang: string; slug: string }[],
      );
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(questions.filter((q) => q.lang === "zh-CN").length * 2).toBeGreaterThanOrEqual(questions.length);
    for (const question of questions)
      expect(slugs.has(question.slug), `${question.q} → ${question.slug}`).toBe(true);
  });
});

describe("numbers in the shipped articles", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("come from configuration through facts the renderer knows", async () => {
    const facts = ctx.services.help.deps.facts;
    for (const article of shippedArticles)
      for (const locale of ["en", "zh-CN"] as const) {
        const { text, unknown } = await facts.fill(article[locale].body, locale);
        expect(unknown, `${article.slug} (${locale}) uses unknown facts`).toEqual([]);
        expect(text, `${article.slug} (${locale}) left a placeholder`).not.toMatch(/\{\{/);
      }
  });
});
