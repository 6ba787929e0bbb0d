import { sql } from "kysely";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * The staff analytics, each block one aggregate query over an indexed range (help_searches
 * by created_at, help_article_views by day, help_feedback and help_deflections by
 * created_at). Search blocks count the search box (source "search"); content gaps also read
 * what customers typed on the contact page.
 */

export interface Range {
  /** First day, inclusive (YYYY-MM-DD, UTC). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** [start, end) as timestamps. */
function bounds(range: Range) {
  const start = new Date(`${range.from}T00:00:00.000Z`);
  const end = new Date(new Date(`${range.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return { start, end };
}

const count = (value: string | number | bigint | null) => Number(value ?? 0);

export interface TotalsRow {
  searches: number;
  noResults: number;
  noClick: number;
  clicks: number;
  views: number;
  helpfulYes: number;
  helpfulNo: number;
  deflections: number;
  deflected: number;
  contacted: number;
  abandoned: number;
}

export async function totals(executor: Executor, range: Range): Promise<TotalsRow> {
  const { start, end } = bounds(range);
  const { rows } = await sql<Record<keyof TotalsRow, string | null>>`
    select s.searches, s.no_results as "noResults", s.no_click as "noClick", s.clicks,
           v.views, f.yes as "helpfulYes", f.no as "helpfulNo",
           d.deflections, d.deflected, d.contacted, d.abandoned
    from (select count(*) as searches,
                 count(*) filter (where results = 0) as no_results,
                 count(*) filter (where results > 0 and clicked_at is null) as no_click,
                 count(*) filter (where clicked_at is not null) as clicks
            from help_searches
           where source = 'search' and created_at >= ${start} and created_at < ${end}) s,
         (select coalesce(sum(views), 0) as views from help_article_views
           where day >= ${range.from}::date and day <= ${range.to}::date) v,
         (select count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
            from help_feedback where created_at >= ${start} and created_at < ${end}) f,
         (select count(*) as deflections,
                 count(*) filter (where outcome = 'deflected') as deflected,
                 count(*) filter (where outcome = 'contacted') as contacted,
                 count(*) filter (where outcome = 'abandoned') as abandoned
            from help_deflections where created_at >= ${start} and created_at < ${end}) d`.execute(executor);
  const row = rows[0];
  return {
    searches: count(row?.searches ?? 0),
    noResults: count(row?.noResults ?? 0),
    noClick: count(row?.noClick ?? 0),
    clicks: count(row?.clicks ?? 0),
    views: count(row?.views ?? 0),
    helpfulYes: count(row?.helpfulYes ?? 0),
    helpfulNo: count(row?.helpfulNo ?? 0),
    deflections: count(row?.deflections ?? 0),
    deflected: count(row?.deflected ?? 0),
    contacted: count(row?.contacted ?? 0),
    abandoned: count(row?.abandoned ?? 0),
  };
}

export interface DailyRow {
  day: string;
  searches: number;
  noResults: number;
  clicks: number;
  views: number;
  deflected: number;
  contacted: number;
}

/** Every day of the range, zeros included (charts need the gaps). */
export async function daily(executor: Executor, range: Range): Promise<DailyRow[]> {
  const { start, end } = bounds(range);
  const { rows } = await sql<Record<keyof DailyRow, string | null>>`
    with days as (
      -- date + integer stays a date whatever the session's time zone.
      select ${range.from}::date + n as day
        from generate_series(0, ${range.to}::date - ${range.from}::date) as n
    ), s as (
      select (created_at at time zone 'UTC')::date as day, count(*) as searches,
             count(*) filter (where results = 0) as no_results,
             count(*) filter (where clicked_at is not null) as clicks
        from help_searches where source = 'search' and created_at >= ${start} and created_at < ${end}
       group by 1
    ), v as (
      select day, sum(views) as views from help_article_views
       where day >= ${range.from}::date and day <= ${range.to}::date group by day
    ), d as (
      select (created_at at time zone 'UTC')::date as day,
             count(*) filter (where outcome = 'deflected') as deflected,
             count(*) filter (where outcome = 'contacted') as contacted
        from help_deflections where created_at >= ${start} and created_at < ${end}
       group by 1
    )
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(s.searches, 0) as searches,
           coalesce(s.no_results, 0) as "noResults", coalesce(s.clicks, 0) as clicks,
           coalesce(v.views, 0) as views, coalesce(d.deflected, 0) as deflected,
           coalesce(d.contacted, 0) as contacted
      from days left join s using (day) left join v using (day) left join d using (day)
     order by days.day`.execute(executor);
  return rows.map((row) => ({
    day: row.day ?? "",
    searches: count(row.searches),
    noResults: count(row.noResults),
    clicks: count(row.clicks),
    views: count(row.views),
    deflected: count(row.deflected),
    contacted: count(row.contacted),
  }));
}

export interface QueryRow {
  /** What customers typed most often for this normalized query. */
  query: string;
  normalized: string;
  count: number;
  clicks: number;
  lastAt: Date;
}

/** Searches grouped by normalized query; `kind` picks which searches. */
export async function searchGroups(
  executor: Executor,
  range: Range,
  kind: "all" | "no-results" | "no-click" | "no-results-any-source",
  limit: number,
): Promise<QueryRow[]> {
  const { start, end } = bounds(range);
  const filter = {
    all: sql`source = 'search'`,
    "no-results": sql`source = 'search' and results = 0`,
    "no-click": sql`source = 'search' and results > 0 and clicked_at is null`,
    "no-results-any-source": sql`results = 0`,
  }[kind];
  const { rows } = await sql<{
    query: string;
    normalized: string;
    count: string;
    clicks: string;
    lastAt: Date;
  }>`
    select mode() within group (order by query) as query, normalized, count(*) as count,
           count(*) filter (where clicked_at is not null) as clicks, max(created_at) as "lastAt"
      from help_searches
     where created_at >= ${start} and created_at < ${end} and ${filter}
     group by normalized
     order by count(*) desc, max(created_at) desc, normalized
     limit ${limit}`.execute(executor);
  return rows.map((row) => ({ ...row, count: count(row.count), clicks: count(row.clicks) }));
}

/** Up to `perGroup` different spellings customers used for each normalized query. */
export async function examplesOf(
  executor: Executor,
  range: Range,
  normalized: string[],
  perGroup: number,
): Promise<Map<string, string[]>> {
  if (normalized.length === 0) return new Map();
  const { start, end } = bounds(range);
  const { rows } = await sql<{ normalized: string; query: string }>`
    select normalized, query from (
      select normalized, query, row_number() over (partition by normalized order by count(*) desc, query) as n
        from help_searches
       where created_at >= ${start} and created_at < ${end} and results = 0
         and normalized in (${sql.join(normalized)})
       group by normalized, query
    ) ranked where n <= ${perGroup}
    order by normalized, n`.execute(executor);
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.normalized, [...(map.get(row.normalized) ?? []), row.query]);
  return map;
}

export interface ArticleStatsRow {
  slug: string;
  titles: { en: string | null; "zh-CN": string | null };
  views: number;
  clicks: number;
  helpfulYes: number;
  helpfulNo: number;
}

/** Per article over the range: views, clicks from search results, helpful answers. */
export async function articleStats(
  executor: Executor,
  range: Range,
  limit: number,
): Promise<ArticleStatsRow[]> {
  const { start, end } = bounds(range);
  const { rows } = await sql<{
    slug: string;
    en: string | null;
    zh: string | null;
    views: string;
    clicks: string;
    yes: string;
    no: string;
  }>`
    with v as (
      select article_id, sum(views) as views from help_article_views
       where day >= ${range.from}::date and day <= ${range.to}::date group by article_id
    ), c as (
      select clicked_slug as slug, count(*) as clicks from help_searches
       where created_at >= ${start} and created_at < ${end} and clicked_slug is not null
       group by clicked_slug
    ), f as (
      select article_id, count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
        from help_feedback where created_at >= ${start} and created_at < ${end} group by article_id
    )
    select a.slug,
           (select coalesce(t.title, t.draft_title) from help_translations t
             where t.article_id = a.id and t.locale = 'en') as en,
           (select coalesce(t.title, t.draft_title) from help_translations t
             where t.article_id = a.id and t.locale = 'zh-CN') as zh,
           coalesce(v.views, 0) as views, coalesce(c.clicks, 0) as clicks,
           coalesce(f.yes, 0) as yes, coalesce(f.no, 0) as no
      from help_articles a
      left join v on v.article_id = a.id
      left join c on c.slug = a.slug
      left join f on f.article_id = a.id
     order by coalesce(v.views, 0) desc, coalesce(c.clicks, 0) desc, a.slug
     limit ${limit}`.execute(executor);
  return rows.map((row) => ({
    slug: row.slug,
    titles: { en: row.en, "zh-CN": row.zh },
    views: count(row.views),
    clicks: count(row.clicks),
    helpfulYes: count(row.yes),
    helpfulNo: count(row.no),
  }));
}
