import type { Locale } from "../../platform/i18n.js";
import { formatAmount } from "../../platform/money/money.js";
import type { TransactionRow } from "./transactions-repository.js";

const HEADERS: Record<Locale, string[]> = {
  en: [
    "Reference",
    "Date (UTC)",
    "Type",
    "Status",
    "Amount",
    "Fee",
    "Currency",
    "Counter amount",
    "Counter currency",
    "Rate",
    "Counterparty wallet",
    "Counterparty",
    "Note",
    "Reason code",
  ],
  "zh-CN": [
    "交易编号",
    "时间（UTC）",
    "类型",
    "状态",
    "金额",
    "手续费",
    "币种",
    "对应金额",
    "对应币种",
    "汇率",
    "对方钱包号",
    "对方",
    "备注",
    "原因代码",
  ],
};

/**
 * One CSV cell. Quotes when needed (RFC 4180), and defuses text a spreadsheet would run as a
 * formula (=, +, -, @ at the start), since notes and names come from other people.
 */
function cell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell is ours, never a formula: written as is. */
const numberCell = (value: string) => value;

export function csvHeader(locale: Locale): string {
  // The byte-order mark makes Excel read UTF-8 (and so Chinese) correctly.
  return `\uFEFF${HEADERS[locale].join(",")}\r\n`;
}

export function csvLine(row: TransactionRow): string {
  const signed = row.direction === "out" ? -row.amount : row.amount;
  return `${[
    cell(row.reference),
    cell(row.created_at.toISOString()),
    cell(row.type),
    cell(row.status),
    numberCell(formatAmount(signed, row.currency)),
    numberCell(formatAmount(row.fee, row.currency)),
    cell(row.currency),
    row.counter_amount !== null && row.counter_currency
      ? numberCell(formatAmount(row.counter_amount, row.counter_currency))
      : "",
    cell(row.counter_currency),
    cell(row.rate),
    cell(row.counterparty_wallet_number),
    cell(row.counterparty_name),
    cell(row.note),
    cell(row.reason_code),
  ].join(",")}\r\n`;
}
