import type { HelpLocale } from "../../../platform/db/schema-help.js";

/**
 * How facts read in each language: amounts with their currency where a reader expects it
 * (US$2,000.00 / 2,000.00 美元), durations with their unit, lists with the language's
 * separator, and markdown tables whose cells cannot break the table.
 */

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "2000.00" or 200000n cents → "US$2,000.00" (en) / "2,000.00 美元" (zh-CN). */
export function formatUsd(amount: string | bigint, locale: HelpLocale): string {
  const decimal = typeof amount === "bigint" ? centsToDecimal(amount) : amount;
  const [whole = "0", fraction = "00"] = decimal.split(".");
  const text = `${groupThousands(whole)}.${fraction.padEnd(2, "0")}`;
  return locale === "zh-CN" ? `${text} 美元` : `US$${text}`;
}

export function centsToDecimal(cents: bigint): string {
  const digits = cents.toString().padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Parts per million of an amount → "0.5" (no trailing zeros). */
export function ppmToPercent(ppm: bigint): string {
  const whole = ppm / 10_000n;
  const fraction = (ppm % 10_000n).toString().padStart(4, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

export const isZero = (decimal: string) => /^0*(\.0*)?$/.test(decimal);

/** A percentage plus a fixed USD amount → "free", "2.9%", "US$0.30" or "2.9% + US$0.30". */
export function formatFee(fee: { percent: string; fixed: string }, locale: HelpLocale): string {
  const parts: string[] = [];
  if (!isZero(fee.percent)) parts.push(`${fee.percent}%`);
  if (!isZero(fee.fixed)) parts.push(formatUsd(fee.fixed, locale));
  if (parts.length === 0) return locale === "zh-CN" ? "免费" : "free";
  return parts.join(" + ");
}

const UNITS = {
  second: { en: ["second", "seconds"], "zh-CN": "秒" },
  minute: { en: ["minute", "minutes"], "zh-CN": "分钟" },
  hour: { en: ["hour", "hours"], "zh-CN": "小时" },
  day: { en: ["day", "days"], "zh-CN": "天" },
} as const;

/** 15, "minute" → "15 minutes" / "15 分钟". */
export function formatDuration(count: number, unit: keyof typeof UNITS, locale: HelpLocale): string {
  if (locale === "zh-CN") return `${count} ${UNITS[unit]["zh-CN"]}`;
  const [one, many] = UNITS[unit].en;
  return `${count} ${count === 1 ? one : many}`;
}

/** ["USD", "EUR"] → "USD, EUR" / "USD、EUR". */
export function formatList(items: readonly string[], locale: HelpLocale): string {
  return items.join(locale === "zh-CN" ? "、" : ", ");
}

/** A cell's text cannot end the cell or the row. */
function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** A markdown table, blank lines around it so it never joins the paragraph it sits in. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return ["", line(headers), line(headers.map(() => "---")), ...rows.map(line), ""].join("\n");
}
