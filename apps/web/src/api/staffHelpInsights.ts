import { api } from "./client";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { numOrNull, type Page, readPage, strings } from "./staffPayments";

// What customers do in the help center, for staff: searches, clicks, views, helpfulness,
// contact deflection, the article-gap list, CSV exports and feedback comments.

export interface AnalyticsTotals {
  searches: number;
  noResults: number;
  noClick: number;
  clicks: number;
  /** A share between 0 and 1; null when there was nothing to count. */
  clickThroughRate: number | null;
  views: number;
  helpfulYes: number;
  helpfulNo: number;
  deflections: number;
  deflected: number;
  contacted: number;
  abandoned: number;
  deflectionRate: number | null;
}

export interface DailyFigures {
  /** YYYY-MM-DD */
  day: string;
  searches: number;
  noResults: number;
  clicks: number;
  views: number;
  deflected: number;
  contacted: number;
}

export interface TopSearch {
  query: string;
  count: number;
  clickThroughRate: number | null;
}

export interface NoResultSearch {
  query: string;
  count: number;
  lastAt: string | null;
}

export interface ArticleFigures {
  slug: string;
  title: string;
  views: number;
  clicks: number;
  helpfulYes: number;
  helpfulNo: number;
  helpfulness: number | null;
}

export interface ArticleGap {
  query: string;
  count: number;
  lastAt: string | null;
  examples: string[];
}

export interface HelpAnalytics {
  from: string;
  to: string;
  totals: AnalyticsTotals;
  daily: DailyFigures[];
  topSearches: TopSearch[];
  noResults: NoResultSearch[];
  noClick: { query: string; count: number }[];
  articles: ArticleFigures[];
  gaps: ArticleGap[];
}

/** A share between 0 and 1, or null (no data, or not a number). */
export function share(value: unknown): number | null {
  const n = numOrNull(value);
  return n === null ? null : Math.min(1, Math.max(0, n));
}

function rows<T>(value: unknown, parse: (row: Record<string, unknown>) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item)) return [];
    const row = parse(item);
    return row === null ? [] : [row];
  });
}

function parseTotals(value: unknown): AnalyticsTotals {
  const t = isRecord(value) ? value : {};
  return {
    searches: num(t.searches),
    noResults: num(t.noResults),
    noClick: num(t.noClick),
    clicks: num(t.clicks),
    clickThroughRate: share(t.clickThroughRate),
    views: num(t.views),
    helpfulYes: num(t.helpfulYes),
    helpfulNo: num(t.helpfulNo),
    deflections: num(t.deflections),
    deflected: num(t.deflected),
    contacted: num(t.contacted),
    abandoned: num(t.abandoned),
    deflectionRate: share(t.deflectionRate),
  };
}

const query = (r: Record<string, unknown>) => (typeof r.query === "string" ? r.query : null);

export function parseAnalytics(value: unknown): HelpAnalytics | null {
  if (!isRecord(value)) return null;
  return {
    from: str(value.from),
    to: str(value.to),
    totals: parseTotals(value.totals),
    daily: rows(value.daily, (r) =>
      typeof r.day === "string"
        ? {
            day: r.day.slice(0, 10),
            searches: num(r.searches),
            noResults: num(r.noResults),
            clicks: num(r.clicks),
            views: num(r.views),
            deflected: num(r.deflected),
            contacted: num(r.contacted),
          }
        : null,
    ).sort((a, b) => a.day.localeCompare(b.day)),
    topSearches: rows(value.topSearches, (r) => {
      const q = query(r);
      return q === null
        ? null
        : { query: q, count: num(r.count), clickThroughRate: share(r.clickThroughRate) };
    }),
    noResults: rows(value.noResults, (r) => {
      const q = query(r);
      return q === null ? null : { query: q, count: num(r.count), lastAt: strOrNull(r.lastAt) };
    }),
    noClick: rows(value.noClick, (r) => {
      const q = query(r);
      return q === null ? null : { query: q, count: num(r.count) };
    }),
    articles: rows(value.articles, (r) =>
      typeof r.slug === "string"
        ? {
            slug: r.slug,
            title: str(r.title, r.slug),
            views: num(r.views),
            clicks: num(r.clicks),
            helpfulYes: num(r.helpfulYes),
            helpfulNo: num(r.helpfulNo),
            helpfulness: share(r.helpfulness),
          }
        : null,
    ),
    gaps: rows(value.gaps, (r) => {
      const q = query(r);
      return q === null
        ? null
        : { query: q, count: num(r.count), lastAt: strOrNull(r.lastAt), examples: strings(r.examples) };
    }),
  };
}

export interface DateRange {
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
}

export async function getAnalytics(range: DateRange, abort?: AbortSignal): Promise<HelpAnalytics> {
  const body = await api.get<unknown>("/api/v1/admin/help/analytics", {
    query: { from: range.from, to: range.to },
    ...signal(abort),
  });
  const analytics = parseAnalytics(body);
  if (!analytics) throw invalid();
  return analytics;
}

export const EXPORT_REPORTS = ["searches", "no-results", "articles", "daily"] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];

/** The address of one CSV report over a date range (fetched by DownloadLink, in the interface language). */
export function exportUrl(report: ExportReport, range: DateRange): string {
  const params = new URLSearchParams({ report, from: range.from, to: range.to });
  return `/api/v1/admin/help/analytics/export.csv?${params.toString()}`;
}

export interface FeedbackItem {
  id: string;
  slug: string;
  lang: string;
  helpful: boolean;
  /** What the customer wrote: plain text, shown as text only. */
  comment: string | null;
  createdAt: string;
  /** The signed-in customer who answered (name null when they have none); null for a guest. */
  user: { id: string; name: string | null } | null;
}

export function parseFeedback(value: unknown): FeedbackItem | null {
  if (!isRecord(value)) return null;
  const feedbackId = typeof value.id === "number" ? String(value.id) : strOrNull(value.id);
  if (!feedbackId) return null;
  const user = isRecord(value.user) ? { id: str(value.user.id), name: strOrNull(value.user.name) } : null;
  return {
    id: feedbackId,
    slug: str(value.slug),
    lang: str(value.lang),
    helpful: value.helpful === true,
    comment: strOrNull(value.comment),
    createdAt: str(value.createdAt),
    user,
  };
}

export interface FeedbackQuery {
  slug?: string | undefined;
  helpful?: boolean | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

export async function listFeedback(q: FeedbackQuery = {}): Promise<Page<FeedbackItem>> {
  const body = await api.get<unknown>("/api/v1/admin/help/feedback", {
    query: {
      slug: q.slug,
      helpful: q.helpful === undefined ? undefined : String(q.helpful),
      limit: q.limit,
      cursor: q.cursor,
    },
    ...signal(q.signal),
  });
  return readPage(body, parseFeedback);
}
