import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { presentArticle, ratio } from "./analytics.js";
import { articleStats, daily, type Range, searchGroups } from "./analytics-repository.js";

export const CSV_REPORTS = ["searches", "no-results", "articles", "daily"] as const;
export type CsvReport = (typeof CSV_REPORTS)[number];

/** Rows an export holds at most (the dashboard shows the top; the export goes further). */
const EXPORT_LIMIT = 10_000;

type Cell = string | number | null;

/**
 * One CSV cell. Quoted when needed (RFC 4180); text a spreadsheet would run as a formula
 * (starting with =, +, -, @, or a tab or carriage return before one) gets a leading
 * apostrophe, since queries and titles are typed by other people.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADERS: Record<CsvReport, Record<HelpLocale, string[]>> = {
  searches: {
    en: ["Query", "Searches", "Clicks", "Click-through rate", "Last searched (UTC)"],
    "zh-CN": ["搜索词", "搜索次数", "点击次数", "点击率", "最近搜索时间（UTC）"],
  },
  "no-results": {
    en: ["Query", "Searches", "Last searched (UTC)"],
    "zh-CN": ["搜索词", "搜索次数", "最近搜索时间（UTC）"],
  },
  articles: {
    en: ["Slug", "Title", "Views", "Clicks from search", "Helpful", "Not helpful", "Helpfulness"],
    "zh-CN": ["地址", "标题", "浏览量", "搜索点击", "有帮助", "没有帮助", "有用率"],
  },
  daily: {
    en: ["Day", "Searches", "No results", "Clicks", "Views", "Deflected", "Contacted support"],
    "zh-CN": ["日期", "搜索次数", "无结果", "点击次数", "浏览量", "自助解决", "联系客服"],
  },
};

async function rowsOf(
  executor: Executor,
  report: CsvReport,
  range: Range,
  locale: HelpLocale,
): Promise<Cell[][]> {
  switch (report) {
    case "searches":
      return (await searchGroups(executor, range, "all", EXPORT_LIMIT)).map((row) => [
        row.query,
        row.count,
        row.clicks,
        ratio(row.clicks, row.count),
        row.lastAt.toISOString(),
      ]);
    case "no-results":
      return (await searchGroups(executor, range, "no-results", EXPORT_LIMIT)).map((row) => [
        row.query,
        row.count,
        row.lastAt.toISOString(),
      ]);
    case "articles":
      return (await articleStats(executor, range, EXPORT_LIMIT)).map((row) => {
        const article = presentArticle(row, locale);
        return [
          article.slug,
          article.title,
          article.views,
          article.clicks,
          article.helpfulYes,
          article.helpfulNo,
          article.helpfulness,
        ];
      });
    case "daily":
      return (await daily(executor, range)).map((row) => [
        row.day,
        row.searches,
        row.noResults,
        row.clicks,
        row.views,
        row.deflected,
        row.contacted,
      ]);
  }
}

/** The whole file: UTF-8 byte-order mark (Excel then reads Chinese right), header, CRLF lines. */
export async function csvExport(
  executor: Executor,
  report: CsvReport,
  range: Range,
  locale: HelpLocale,
): Promise<string> {
  const lines = [HEADERS[report][locale], ...(await rowsOf(executor, report, range, locale))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
