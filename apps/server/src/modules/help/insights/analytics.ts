import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { queryTokens } from "../search/normalize.js";
import {
  type ArticleStatsRow,
  articleStats,
  type DailyRow,
  daily,
  examplesOf,
  type QueryRow,
  type Range,
  searchGroups,
  totals,
} from "./analytics-repository.js";

/** How many rows each list of the dashboard shows. */
const TOP_LIMIT = 20;
const NO_RESULTS_LIMIT = 50;
const ARTICLE_LIMIT = 200;
/** No-result queries read to build the gap list, and how many gaps and examples it keeps. */
const GAP_SOURCE_LIMIT = 1_000;
const GAP_LIMIT = 50;
const GAP_EXAMPLES = 5;
/** Two no-result queries are the same gap when they share this share of the longer one's terms. */
const GAP_OVERLAP = 0.6;

export interface AnalyticsReport {
  from: string;
  to: string;
  totals: {
    searches: number;
    noResults: number;
    noClick: number;
    clicks: number;
    clickThroughRate: number;
    views: number;
    helpfulYes: number;
    helpfulNo: number;
    deflections: number;
    deflected: number;
    contacted: number;
    abandoned: number;
    deflectionRate: number;
  };
  daily: DailyRow[];
  topSearches: { query: string; count: number; clickThroughRate: number }[];
  noResults: { query: string; count: number; lastAt: string }[];
  noClick: { query: string; count: number }[];
  articles: ArticleView[];
  gaps: Gap[];
}

export interface ArticleView {
  slug: string;
  title: string;
  views: number;
  clicks: number;
  helpfulYes: number;
  helpfulNo: number;
  /** Share of "yes" answers, null without any answer. */
  helpfulness: number | null;
}

export interface Gap {
  query: string;
  count: number;
  lastAt: string;
  examples: string[];
}

/** A share rounded to four decimals; 0 when there is nothing to divide. */
export const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

export function presentArticle(row: ArticleStatsRow, locale: HelpLocale): ArticleView {
  const other: HelpLocale = locale === "en" ? "zh-CN" : "en";
  const answers = row.helpfulYes + row.helpfulNo;
  return {
    slug: row.slug,
    title: row.titles[locale] ?? row.titles[other] ?? row.slug,
    views: row.views,
    clicks: row.clicks,
    helpfulYes: row.helpfulYes,
    helpfulNo: row.helpfulNo,
    helpfulness: answers === 0 ? null : ratio(row.helpfulYes, answers),
  };
}

/**
 * Merges no-result queries that ask the same thing ("withdrawal rejected", "withdrawals
 * rejected why", "提现被拒" / "提现被拒绝") into one gap, largest first. Greedy: each query
 * joins the first gap whose leading query shares most of its terms.
 */
export function groupGaps(rows: QueryRow[], examples: Map<string, string[]>): Gap[] {
  const gaps: { tokens: Set<string>; gap: Gap; lastAt: Date }[] = [];
  for (const row of [...rows].sort((a, b) => b.count - a.count)) {
    const tokens = new Set(queryTokens(row.normalized));
    const home = gaps.find(({ tokens: other }) => {
      if (tokens.size === 0 || other.size === 0) return row.normalized === "" && other.size === 0;
      let shared = 0;
      for (const token of tokens) if (other.has(token)) shared += 1;
      return shared / Math.max(tokens.size, other.size) >= GAP_OVERLAP;
    });
    const spellings = examples.get(row.normalized) ?? [row.query];
    if (!home) {
      gaps.push({
        tokens,
        lastAt: row.lastAt,
        gap: { query: row.query, count: row.count, lastAt: "", examples: spellings.slice(0, GAP_EXAMPLES) },
      });
      continue;
    }
    home.gap.count += row.count;
    if (row.lastAt > home.lastAt) home.lastAt = row.lastAt;
    for (const spelling of spellings)
      if (home.gap.examples.length < GAP_EXAMPLES && !home.gap.examples.includes(spelling))
        home.gap.examples.push(spelling);
  }
  return gaps
    .map(({ gap, lastAt }) => ({ ...gap, lastAt: lastAt.toISOString() }))
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .slice(0, GAP_LIMIT);
}

export async function analyticsReport(
  executor: Executor,
  range: Range,
  locale: HelpLocale,
): Promise<AnalyticsReport> {
  const [sums, days, top, none, noClick, articles, gapRows] = await Promise.all([
    totals(executor, range),
    daily(executor, range),
    searchGroups(executor, range, "all", TOP_LIMIT),
    searchGroups(executor, range, "no-results", NO_RESULTS_LIMIT),
    searchGroups(executor, range, "no-click", TOP_LIMIT),
    articleStats(executor, range, ARTICLE_LIMIT),
    searchGroups(executor, range, "no-results-any-source", GAP_SOURCE_LIMIT),
  ]);
  const examples = await examplesOf(
    executor,
    range,
    gapRows.map((row) => row.normalized),
    GAP_EXAMPLES,
  );
  const decided = sums.deflected + sums.contacted + sums.abandoned;
  return {
    from: range.from,
    to: range.to,
    totals: {
      ...sums,
      clickThroughRate: ratio(sums.clicks, sums.searches),
      deflectionRate: ratio(sums.deflected, decided),
    },
    daily: days,
    topSearches: top.map((row) => ({
      query: row.query,
      count: row.count,
      clickThroughRate: ratio(row.clicks, row.count),
    })),
    noResults: none.map((row) => ({ query: row.query, count: row.count, lastAt: row.lastAt.toISOString() })),
    noClick: noClick.map((row) => ({ query: row.query, count: row.count })),
    articles: articles.map((row) => presentArticle(row, locale)),
    gaps: groupGaps(gapRows, examples),
  };
}
