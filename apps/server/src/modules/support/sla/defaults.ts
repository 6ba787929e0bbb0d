import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { TicketCategory, TicketPriority, WeeklyHours } from "../../../platform/db/schema-support.js";

/** What a new desk starts with (supervisors change it in the desk settings). */

export interface SlaPolicy {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** false: counted around the clock (urgent security cases do not wait for Monday). */
  businessHours: boolean;
}

export const DEFAULT_POLICIES: readonly SlaPolicy[] = [
  { priority: "urgent", firstResponseMinutes: 60, resolutionMinutes: 480, businessHours: false },
  { priority: "high", firstResponseMinutes: 240, resolutionMinutes: 1620, businessHours: true },
  // 540 minutes is one working day: "we answer within one working day".
  { priority: "normal", firstResponseMinutes: 540, resolutionMinutes: 2700, businessHours: true },
  { priority: "low", firstResponseMinutes: 1080, resolutionMinutes: 5400, businessHours: true },
];

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const NINE_TO_SIX = { open: 9 * 60, close: 18 * 60 };
/** Monday to Friday, 09:00 to 18:00 (index 0 = Sunday). */
export const DEFAULT_HOURS: WeeklyHours = [
  null,
  NINE_TO_SIX,
  NINE_TO_SIX,
  NINE_TO_SIX,
  NINE_TO_SIX,
  NINE_TO_SIX,
  null,
];

export interface GroupDefault {
  key: string;
  name: Bilingual;
  categories: TicketCategory[];
}

/** Tickets go to a group by category; compliance takes escalations only. */
export const DEFAULT_GROUPS: readonly GroupDefault[] = [
  {
    key: "general",
    name: { en: "General", "zh-CN": "综合" },
    categories: ["other", "login_access", "verification"],
  },
  {
    key: "payments",
    name: { en: "Payments", "zh-CN": "支付" },
    categories: ["transaction", "deposit", "withdrawal"],
  },
  { key: "security", name: { en: "Security", "zh-CN": "安全" }, categories: ["security"] },
  { key: "compliance", name: { en: "Compliance", "zh-CN": "合规" }, categories: [] },
];

/** Where a category no group claims goes. */
export const FALLBACK_GROUP = "general";

function days(from: string, to: string, name: Bilingual): { day: string; name: Bilingual }[] {
  const out: { day: string; name: Bilingual }[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push({ day: new Date(t).toISOString().slice(0, 10), name });
  return out;
}

/** China's public holidays of 2027 (the desk's default calendar is in Shanghai). */
export const DEFAULT_HOLIDAYS: readonly { day: string; name: Bilingual }[] = [
  ...days("2027-01-01", "2027-01-01", { en: "New Year's Day", "zh-CN": "元旦" }),
  ...days("2027-02-05", "2027-02-11", { en: "Spring Festival", "zh-CN": "春节" }),
  ...days("2027-04-05", "2027-04-05", { en: "Qingming Festival", "zh-CN": "清明节" }),
  ...days("2027-05-01", "2027-05-05", { en: "Labour Day", "zh-CN": "劳动节" }),
  ...days("2027-06-09", "2027-06-09", { en: "Dragon Boat Festival", "zh-CN": "端午节" }),
  ...days("2027-09-15", "2027-09-15", { en: "Mid-Autumn Festival", "zh-CN": "中秋节" }),
  ...days("2027-10-01", "2027-10-07", { en: "National Day", "zh-CN": "国庆节" }),
];
