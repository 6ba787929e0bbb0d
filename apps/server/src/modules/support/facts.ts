import type { PhoneLine } from "../../config-channels.js";
import type { Bilingual } from "../../platform/db/schema-payments.js";
import type { TicketPriority } from "../../platform/db/schema-support.js";
import type { Locale } from "../../platform/i18n.js";
import type { ExtraFacts } from "../help/render/facts.js";
import type { SupportDeps } from "./deps.js";
import { CLOSE_SOLVED_AFTER_DAYS } from "./sla/chores.js";
import type { BusinessCalendar, SlaPolicy } from "./sla/index.js";

/**
 * The support desk's numbers as help-center facts, so "we answer within one working day" in
 * an article is always what the SLA settings say: opening hours, the first-response and
 * resolution targets per priority, and when solved tickets close.
 */

const WEEKDAYS: Bilingual[] = [
  { en: "Sunday", "zh-CN": "周日" },
  { en: "Monday", "zh-CN": "周一" },
  { en: "Tuesday", "zh-CN": "周二" },
  { en: "Wednesday", "zh-CN": "周三" },
  { en: "Thursday", "zh-CN": "周四" },
  { en: "Friday", "zh-CN": "周五" },
  { en: "Saturday", "zh-CN": "周六" },
];

const PRIORITIES: Record<TicketPriority, Bilingual> = {
  urgent: { en: "Urgent (security, suspected fraud)", "zh-CN": "紧急（账户安全、疑似欺诈）" },
  high: { en: "High (cannot sign in)", "zh-CN": "高（无法登录）" },
  normal: { en: "Normal (payments, verification, other)", "zh-CN": "普通（付款、认证及其他）" },
  low: { en: "Low", "zh-CN": "低" },
};

const DESCRIPTIONS: Record<string, Bilingual> = {
  "support.hours": {
    en: "the support desk's opening hours and time zone, e.g. 'Monday to Friday, 09:00–18:00 (Asia/Shanghai)'",
    "zh-CN": "客服工作时间和时区，例如“周一至周五 09:00–18:00（Asia/Shanghai）”",
  },
  "support.firstResponse.urgent": {
    en: "how soon an urgent (security) ticket gets a first answer, e.g. 'within 1 hour, around the clock'",
    "zh-CN": "紧急（安全）工单的首次回复时间，例如“1 小时内，全天候”",
  },
  "support.firstResponse.high": {
    en: "how soon a high-priority ticket gets a first answer",
    "zh-CN": "高优先级工单的首次回复时间",
  },
  "support.firstResponse.normal": {
    en: "how soon a normal ticket (the contact form, email) gets a first answer, e.g. 'within one working day'",
    "zh-CN": "普通工单（联系表单、邮件）的首次回复时间，例如“一个工作日内”",
  },
  "support.firstResponse.low": {
    en: "how soon a low-priority ticket gets a first answer",
    "zh-CN": "低优先级工单的首次回复时间",
  },
  "support.solvedClosesDays": {
    en: "days after which a solved ticket closes unless the customer replies (7)",
    "zh-CN": "工单标记为已解决后，客户未回复时自动关闭的天数（7）",
  },
  "table.supportTimes": {
    en: "a markdown table of first-response and resolution targets per priority",
    "zh-CN": "按优先级列出首次回复和解决时限的 Markdown 表格",
  },
  "table.phoneLines": {
    en: "a markdown table of the phone lines (PHONE_LINES): line, number, hours",
    "zh-CN": "客服电话（PHONE_LINES）的 Markdown 表格：线路、号码、服务时间",
  },
};

/** The phone lines as configured, with tel: links, so articles never quote an old number. */
function phoneTable(lines: PhoneLine[], locale: Locale): string {
  const head =
    locale === "zh-CN"
      ? "| 线路 | 号码 | 服务时间 |\n|---|---|---|"
      : "| Line | Number | Hours |\n|---|---|---|";
  const rows = lines.map(
    (l) => `| ${l.label[locale]} | [${l.number}](tel:${l.number}) | ${l.hours[locale]} |`,
  );
  return [head, ...rows].join("\n");
}

const pad = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** "Monday to Friday, 09:00–18:00": consecutive days with the same hours are joined. */
export function describeHours(calendar: BusinessCalendar, locale: Locale): string {
  const runs: { from: number; to: number; hours: string }[] = [];
  // Monday first, as people read a week.
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    const open = calendar.hours[day];
    if (!open) continue;
    const hours = `${pad(open.open)}–${pad(open.close)}`;
    const last = runs.at(-1);
    if (last && last.hours === hours && (last.to + 1) % 7 === day) last.to = day;
    else runs.push({ from: day, to: day, hours });
  }
  if (runs.length === 0) return locale === "zh-CN" ? "暂不提供人工服务" : "closed";
  const span = (r: { from: number; to: number }) => {
    const from = WEEKDAYS[r.from]?.[locale] ?? "";
    const to = WEEKDAYS[r.to]?.[locale] ?? "";
    if (r.from === r.to) return from;
    return locale === "zh-CN" ? `${from}至${to}` : `${from} to ${to}`;
  };
  const parts = runs.map((r) => `${span(r)}${locale === "zh-CN" ? " " : ", "}${r.hours}`);
  return `${parts.join(locale === "zh-CN" ? "；" : "; ")} (${calendar.timeZone})`;
}

/** "within one working day", "within 4 working hours", "within 1 hour, around the clock". */
export function describeTarget(minutes: number, businessHours: boolean, dayMinutes: number, locale: Locale) {
  const zh = locale === "zh-CN";
  if (businessHours && dayMinutes > 0 && minutes % dayMinutes === 0) {
    const days = minutes / dayMinutes;
    if (zh) return days === 1 ? "一个工作日内" : `${days} 个工作日内`;
    return `within ${days === 1 ? "one working day" : `${days} working days`}`;
  }
  const hours = minutes % 60 === 0 ? minutes / 60 : undefined;
  const amount = hours
    ? zh
      ? `${hours} 小时`
      : `${hours} hour${hours === 1 ? "" : "s"}`
    : zh
      ? `${minutes} 分钟`
      : `${minutes} minutes`;
  if (businessHours) return zh ? `${amount}（工作时间）内` : `within ${amount} of opening hours`;
  return zh ? `${amount}内，全天候` : `within ${amount}, around the clock`;
}

/** The length of the longest working day, which "one working day" means. */
function workingDayMinutes(calendar: BusinessCalendar): number {
  return Math.max(0, ...calendar.hours.map((h) => (h ? h.close - h.open : 0)));
}

function table(policies: SlaPolicy[], dayMinutes: number, locale: Locale): string {
  const zh = locale === "zh-CN";
  const head = zh
    ? "| 优先级 | 首次回复 | 解决 |\n|---|---|---|"
    : "| Priority | First answer | Resolved |\n|---|---|---|";
  const order: TicketPriority[] = ["urgent", "high", "normal", "low"];
  const rows = order.flatMap((priority) => {
    const p = policies.find((x) => x.priority === priority);
    if (!p) return [];
    const first = describeTarget(p.firstResponseMinutes, p.businessHours, dayMinutes, locale);
    const resolved = describeTarget(p.resolutionMinutes, p.businessHours, dayMinutes, locale);
    return [`| ${PRIORITIES[priority][locale]} | ${first} | ${resolved} |`];
  });
  return [head, ...rows].join("\n");
}

export function createSupportFacts(deps: Pick<SupportDeps, "platform" | "sla">): ExtraFacts {
  return {
    descriptions: DESCRIPTIONS,
    async values(locale) {
      const { policies, calendar } = await deps.sla.settings(deps.platform.db);
      const dayMinutes = workingDayMinutes(calendar);
      const values: Record<string, string> = {
        "support.hours": describeHours(calendar, locale),
        "support.solvedClosesDays": String(CLOSE_SOLVED_AFTER_DAYS),
        "table.supportTimes": table(policies, dayMinutes, locale),
        "table.phoneLines": phoneTable(deps.platform.config.channels.phoneLines, locale),
      };
      for (const p of policies)
        values[`support.firstResponse.${p.priority}`] = describeTarget(
          p.firstResponseMinutes,
          p.businessHours,
          dayMinutes,
          locale,
        );
      return values;
    },
  };
}
