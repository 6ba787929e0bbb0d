import type { Insertable } from "kysely";
import type { HelpLocale, HelpSearchesTable } from "../../platform/db/schema-help.js";
import type { HelpDeps } from "./deps.js";
import type { HelpContent } from "./editing/index.js";
import { normalizeQuery } from "./search/normalize.js";

/**
 * Two weeks of help-center use for the demo install, so the staff analytics have something
 * to show on the first start: searches typed by customers (some finding nothing, some never
 * clicked), "was this helpful?" answers and contact-page visits that ended either way, all
 * dated in the past; and an agent's draft waiting for an admin's review. Development only
 * (called from the demo seed); the answers come from the real index, not made up.
 */
const DEMO_QUERIES: { q: string; locale: HelpLocale; weight: number; clicks: boolean }[] = [
  { q: "forgot password", locale: "en", weight: 6, clicks: true },
  { q: "account locked", locale: "en", weight: 5, clicks: true },
  { q: "deposit not arrived", locale: "en", weight: 5, clicks: true },
  { q: "card declined", locale: "en", weight: 4, clicks: true },
  { q: "withdrawal rejected", locale: "en", weight: 3, clicks: true },
  { q: "2fa lost phone", locale: "en", weight: 3, clicks: true },
  { q: "fees", locale: "en", weight: 2, clicks: false },
  { q: "apple pay", locale: "en", weight: 3, clicks: false },
  { q: "crypto", locale: "en", weight: 2, clicks: false },
  { q: "忘记密码", locale: "zh-CN", weight: 6, clicks: true },
  { q: "账户被锁", locale: "zh-CN", weight: 4, clicks: true },
  { q: "充值没到账", locale: "zh-CN", weight: 6, clicks: true },
  { q: "提现被拒", locale: "zh-CN", weight: 4, clicks: true },
  { q: "两步验证怎么开", locale: "zh-CN", weight: 3, clicks: true },
  { q: "手续费多少", locale: "zh-CN", weight: 2, clicks: false },
  { q: "微信支付", locale: "zh-CN", weight: 3, clicks: false },
  { q: "信用卡分期", locale: "zh-CN", weight: 2, clicks: false },
];

const DEMO_FEEDBACK: { slug: string; locale: HelpLocale; helpful: boolean; comment?: string }[] = [
  { slug: "forgot-password", locale: "en", helpful: true },
  { slug: "forgot-password", locale: "zh-CN", helpful: true },
  { slug: "account-locked", locale: "en", helpful: true, comment: "The unlock link worked." },
  {
    slug: "deposit-not-arrived",
    locale: "zh-CN",
    helpful: false,
    comment: "银行转账三天了还没到账，文章没说要等多久。",
  },
  { slug: "deposit-not-arrived", locale: "en", helpful: true },
  { slug: "card-declined", locale: "en", helpful: false, comment: "My bank says the card is fine." },
  { slug: "withdrawal-rejected", locale: "zh-CN", helpful: true },
  { slug: "fees", locale: "en", helpful: true },
];

const DAY_MS = 86_400_000;

export async function seedDemoHelpActivity(
  deps: HelpDeps,
  content: HelpContent,
  staff: { agent: { id: string; label: string } },
): Promise<void> {
  const { platform } = deps;
  const now = platform.clock.now().getTime();
  // A fixed pattern (no randomness): the same demo on every install.
  const searches: Insertable<HelpSearchesTable>[] = [];
  let n = 0;
  for (let day = 13; day >= 0; day--) {
    for (const [i, query] of DEMO_QUERIES.entries()) {
      if ((day + i) % Math.max(1, 7 - query.weight) !== 0) continue;
      n += 1;
      const hits = await deps.index.search(query.q, query.locale, 10);
      const at = new Date(now - day * DAY_MS - ((n * 37) % 600) * 60_000);
      const clicked = query.clicks && hits.length > 0 && n % 4 !== 0 ? hits[0] : undefined;
      searches.push({
        id: platform.ids.next("helpSearch"),
        query: query.q,
        normalized: normalizeQuery(query.q),
        locale: query.locale,
        source: "search",
        results: hits.length,
        top_slug: hits[0]?.slug ?? null,
        user_id: null,
        created_at: at,
        clicked_slug: clicked?.slug ?? null,
        clicked_position: clicked ? 0 : null,
        clicked_at: clicked ? new Date(at.getTime() + 4_000) : null,
      });
    }
  }
  const articles = await platform.db.selectFrom("help_articles").select(["id", "slug"]).execute();
  const idOf = new Map(articles.map((a) => [a.slug, a.id]));
  const feedback = DEMO_FEEDBACK.flatMap((entry, i) => {
    const articleId = idOf.get(entry.slug);
    if (!articleId) return [];
    return [
      {
        id: platform.ids.next("helpFeedback"),
        article_id: articleId,
        locale: entry.locale,
        helpful: entry.helpful,
        comment: entry.comment ?? null,
        user_id: null,
        created_at: new Date(now - (i + 1) * 1.5 * DAY_MS),
      },
    ];
  });
  const deflections = [
    {
      query: "my deposit has not arrived",
      locale: "en",
      opened: ["deposit-not-arrived"],
      outcome: "deflected",
    },
    { query: "忘记密码怎么办", locale: "zh-CN", opened: ["forgot-password"], outcome: "deflected" },
    { query: "charged twice for one deposit", locale: "en", opened: [], outcome: "contacted" },
    { query: "账户被冻结了", locale: "zh-CN", opened: ["account-frozen"], outcome: "deflected" },
    { query: "withdrawal rejected why", locale: "en", opened: ["withdrawal-rejected"], outcome: "contacted" },
    { query: "how do i close my account", locale: "en", opened: [], outcome: "abandoned" },
  ].map((d, i) => {
    const at = new Date(now - (i + 1) * 2 * DAY_MS);
    return {
      id: platform.ids.next("helpDeflection"),
      user_id: null,
      locale: d.locale,
      query: d.query,
      suggested: d.opened,
      opened: d.opened,
      outcome: d.outcome as "deflected" | "contacted" | "abandoned",
      created_at: at,
      updated_at: new Date(at.getTime() + 5 * 60_000),
      resolved_at: new Date(at.getTime() + 5 * 60_000),
    };
  });

  await platform.db.transaction().execute(async (trx) => {
    if (searches.length > 0) await trx.insertInto("help_searches").values(searches).execute();
    for (const entry of feedback) {
      await trx.insertInto("help_feedback").values(entry).execute();
      await trx
        .updateTable("help_articles")
        .set((eb) =>
          entry.helpful
            ? { helpful_yes: eb("helpful_yes", "+", 1) }
            : { helpful_no: eb("helpful_no", "+", 1) },
        )
        .where("id", "=", entry.article_id)
        .execute();
    }
    await trx.insertInto("help_deflections").values(deflections).execute();
  });

  // An agent improved an article; it waits for an admin to publish it.
  const agent = { id: staff.agent.id, label: staff.agent.label, role: "agent" as const };
  const article = await content.article("fees", "en");
  const draft = article.translations.en;
  if (draft) {
    await content.saveDraft(
      agent,
      "fees",
      "en",
      {
        title: draft.draftTitle,
        body: `${draft.draftBody}\n\n## Why is there a fee at all?\n\nCard networks and banks charge us for each payment; the fee passes their cost on, and nothing more.`,
        note: "Explain why fees exist (customers ask on the contact page)",
        baseVersion: draft.draftVersion,
      },
      "en",
    );
    await content.submit(agent, "fees", "en", "en");
  }
}
