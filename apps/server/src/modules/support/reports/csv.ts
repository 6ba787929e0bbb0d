import type { Locale } from "../../../platform/i18n.js";
import { csvCell } from "../../help/insights/csv.js";
import type { SupportReport } from "./index.js";

/** Cells are quoted and defused the way the help center's exports do it (names are typed by people). */
type Cell = Parameters<typeof csvCell>[0];

const LABELS = {
  en: {
    header: ["Day", "Created", "Solved"],
    summary: ["Summary", "Value"],
    total: "Total",
    firstMedian: "First response, median (minutes)",
    firstP90: "First response, 90th percentile (minutes)",
    resMedian: "Resolution, median (minutes)",
    resP90: "Resolution, 90th percentile (minutes)",
    slaFirst: "First responses within SLA (%)",
    slaRes: "Resolutions within SLA (%)",
    slaTickets: "Tickets with SLA targets",
    satAverage: "Satisfaction, average (1-5)",
    satCount: "Ratings",
    rating: (n: string) => `Ratings of ${n}`,
    backlog: (s: string) => `Open now: ${s}`,
    channel: (c: string) => `Created via ${c}`,
    category: (c: string) => `Created in ${c}`,
    agentHeader: ["Agent", "Solved", "First response, median (minutes)", "Satisfaction, average"],
    timeZone: "Time zone",
    only: "Channel",
    all: "All channels",
    channelHeader: [
      "Channel",
      "Created",
      "Solved",
      "First response, median (minutes)",
      "Resolution, median (minutes)",
      "First responses within SLA (%)",
      "Resolutions within SLA (%)",
      "Satisfaction, average",
      "Ratings",
    ],
  },
  "zh-CN": {
    header: ["日期", "新建", "已解决"],
    summary: ["汇总", "数值"],
    total: "合计",
    firstMedian: "首次回复中位数（分钟）",
    firstP90: "首次回复第 90 百分位（分钟）",
    resMedian: "解决用时中位数（分钟）",
    resP90: "解决用时第 90 百分位（分钟）",
    slaFirst: "首次回复达标率（%）",
    slaRes: "解决达标率（%）",
    slaTickets: "有 SLA 目标的工单",
    satAverage: "满意度平均分（1-5）",
    satCount: "评价数",
    rating: (n: string) => `${n} 分评价`,
    backlog: (s: string) => `当前未解决：${s}`,
    channel: (c: string) => `渠道 ${c} 新建`,
    category: (c: string) => `类别 ${c} 新建`,
    agentHeader: ["客服", "已解决", "首次回复中位数（分钟）", "满意度平均分"],
    timeZone: "时区",
    only: "渠道",
    all: "全部渠道",
    channelHeader: [
      "渠道",
      "新建",
      "已解决",
      "首次回复中位数（分钟）",
      "解决用时中位数（分钟）",
      "首次回复达标率（%）",
      "解决达标率（%）",
      "满意度平均分",
      "评价数",
    ],
  },
} satisfies Record<Locale, unknown>;

/**
 * The report as a spreadsheet: a line per day (created, solved) and a total, then the
 * summary figures as label/value lines, one line per agent, then one line per channel. UTF-8 with a byte-order mark
 * (Excel then reads Chinese right), CRLF line ends, labels in the caller's language.
 */
export function reportCsv(report: SupportReport, locale: Locale): string {
  const l = LABELS[locale];
  const lines: Cell[][] = [l.header];
  for (const day of report.volume.byDay) lines.push([day.day, day.created, day.solved]);
  lines.push([
    l.total,
    report.volume.byDay.reduce((sum, d) => sum + d.created, 0),
    report.volume.byDay.reduce((sum, d) => sum + d.solved, 0),
  ]);
  lines.push([]);
  lines.push(l.summary);
  lines.push([l.timeZone, report.timeZone]);
  lines.push([l.only, report.channel ?? l.all]);
  lines.push([l.firstMedian, report.firstResponse.medianMinutes]);
  lines.push([l.firstP90, report.firstResponse.p90Minutes]);
  lines.push([l.resMedian, report.resolution.medianMinutes]);
  lines.push([l.resP90, report.resolution.p90Minutes]);
  lines.push([l.slaFirst, report.slaCompliance.firstResponse]);
  lines.push([l.slaRes, report.slaCompliance.resolution]);
  lines.push([l.slaTickets, report.slaCompliance.tickets]);
  lines.push([l.satAverage, report.satisfaction.average]);
  lines.push([l.satCount, report.satisfaction.count]);
  for (const [score, count] of Object.entries(report.satisfaction.distribution))
    lines.push([l.rating(score), count]);
  for (const [status, count] of Object.entries(report.backlog.byStatus))
    lines.push([l.backlog(status), count]);
  for (const { channel, count } of report.volume.byChannel) lines.push([l.channel(channel), count]);
  for (const { category, count } of report.volume.byCategory) lines.push([l.category(category), count]);
  lines.push([]);
  lines.push(l.agentHeader);
  for (const agent of report.agents)
    lines.push([agent.name, agent.solved, agent.medianFirstResponseMinutes, agent.satisfactionAverage]);
  lines.push([]);
  lines.push(l.channelHeader);
  for (const c of report.channels)
    lines.push([
      c.channel,
      c.created,
      c.solved,
      c.firstResponseMedianMinutes,
      c.resolutionMedianMinutes,
      c.slaCompliance.firstResponse,
      c.slaCompliance.resolution,
      c.satisfaction.average,
      c.satisfaction.count,
    ]);
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
