import { createHash } from "node:crypto";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import { currency as currencyOf, parseAmount } from "../../../platform/money/money.js";
import { readCsv } from "./csv.js";
import { MAX_REFERENCE_TEXT } from "./reference.js";

/** One credit on a bank statement, read and checked, ready to be posted. */
export interface LineDraft {
  amount: bigint;
  currency: string;
  referenceText: string;
  payerName: string | null;
  /** YYYY-MM-DD */
  valueDate: string;
  /** The bank's id of the line; re-posting the same id is a duplicate. */
  externalId: string;
}

export const MAX_STATEMENT_ROWS = 5000;
export const MAX_EXTERNAL_ID = 100;
export const MAX_PAYER_NAME = 200;

type Words = Record<Locale, string>;

const rowError = (problem: Words) => new DomainError("statement_row_invalid", { problem });

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Text from a statement: control characters become spaces, runs of spaces one, cut to `max`. */
export function cleanText(text: string, max: number): string {
  return text.replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, max);
}

const DAY_MS = 86_400_000;

/**
 * A value date as banks write it: 2026-11-25, 2026/11/25, 20261125, or an ISO timestamp
 * (its date is kept). Day-first and month-first forms are refused: 03/04 is not a date
 * anybody can be sure of. Undefined when it is not a real date within five years back
 * and a week ahead of `now`.
 */
export function parseValueDate(text: string, now: Date): string | undefined {
  const match = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const [, y, m, d] = match;
  const iso = `${y}-${m}-${d}`;
  const at = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== iso) return undefined;
  const days = (at.getTime() - now.getTime()) / DAY_MS;
  if (days > 7 || days < -5 * 366) return undefined;
  return iso;
}

/** An amount as a statement writes it: "1250.00", "+1250.00" or "1,250.00" (thousands commas). */
export function parseStatementAmount(text: string, currency: string): bigint {
  let value = text.trim().replace(/^\+/, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) value = value.replaceAll(",", "");
  return parseAmount(value, currency);
}

/** The columns a statement file has, by the names banks give them (case, spaces, _ and - ignored). */
const COLUMNS = {
  date: ["date", "valuedate", "bookingdate", "bookeddate"],
  amount: ["amount", "credit", "creditamount"],
  currency: ["currency", "ccy", "currencycode"],
  reference: ["reference", "ref", "description", "details", "remittanceinformation", "memo"],
  payer: ["payer", "payername", "name", "from", "counterparty"],
  id: ["id", "externalid", "transactionid", "lineid", "bankreference"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["date", "amount", "currency", "reference"];

function columnsOf(header: string[]): Map<Column, number> {
  const found = new Map<Column, number>();
  header.forEach((name, index) => {
    const key = name.toLowerCase().replace(/[\s_-]/g, "");
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
      if (names.includes(key) && !found.has(column)) found.set(column, index);
  });
  return found;
}

export interface StatementRow {
  line: number;
  draft?: LineDraft;
  error?: DomainError;
}

/**
 * Reads a statement file into checked rows. Throws statement_csv_invalid only when the file
 * as a whole is unusable (no header, required columns missing, too many rows); a bad row
 * becomes that row's error and the others still go through.
 */
export function readStatement(text: string, now: Date): StatementRow[] {
  const { records, truncated } = readCsv(text, {
    maxRecords: MAX_STATEMENT_ROWS + 1,
    maxFieldLength: MAX_REFERENCE_TEXT * 4,
  });
  const [header, ...rows] = records;
  if (!header)
    throw new DomainError("statement_csv_invalid", {
      problem: { en: "The file is empty.", "zh-CN": "文件为空。" },
    });
  if (truncated)
    throw new DomainError("statement_csv_invalid", {
      problem: {
        en: `The file has more than ${MAX_STATEMENT_ROWS} rows; split it into smaller files.`,
        "zh-CN": `文件超过 ${MAX_STATEMENT_ROWS} 行，请拆分为多个较小的文件。`,
      },
    });
  const columns = columnsOf(header.fields);
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0)
    throw new DomainError("statement_csv_invalid", {
      problem: {
        en: `The first line must name the columns date,amount,currency,reference,payer,id; missing: ${missing.join(", ")}.`,
        "zh-CN": `第一行必须是列名 date,amount,currency,reference,payer,id；缺少：${missing.join(", ")}。`,
      },
    });

  // Rows without an id get one from their content, numbered by occurrence, so importing the
  // same file twice finds the same ids (duplicates) while two equal rows in it stay two.
  const seen = new Map<string, number>();
  return rows.map((record): StatementRow => {
    try {
      if (record.problem === "unterminated_quote")
        throw rowError({
          en: 'A quoted field is not closed (a " is missing).',
          "zh-CN": '引号内的字段没有结束（缺少一个 "）。',
        });
      if (record.problem === "field_too_long")
        throw rowError({ en: "A field is too long.", "zh-CN": "某个字段过长。" });
      const get = (column: Column) => {
        const index = columns.get(column);
        return index === undefined ? "" : (record.fields[index] ?? "");
      };
      const draft = draftOf(get, now);
      if (!draft.externalId) {
        const digest = createHash("sha256")
          .update(
            JSON.stringify([
              draft.valueDate,
              draft.amount.toString(),
              draft.currency,
              draft.referenceText,
              draft.payerName,
            ]),
          )
          .digest("hex")
          .slice(0, 32);
        const n = (seen.get(digest) ?? 0) + 1;
        seen.set(digest, n);
        draft.externalId = `csv:${digest}:${n}`;
      }
      return { line: record.line, draft };
    } catch (error) {
      if (error instanceof DomainError) return { line: record.line, error };
      throw error;
    }
  });
}

function draftOf(get: (column: Column) => string, now: Date): LineDraft {
  const currencyText = get("currency").toUpperCase();
  if (!/^[A-Z]{3}$/.test(currencyText))
    throw rowError({
      en: "currency: a three-letter code such as USD is needed.",
      "zh-CN": "currency：需要三位字母的币种代码，例如 USD。",
    });
  currencyOf(currencyText);
  const amountText = get("amount");
  if (amountText.trim().startsWith("-"))
    throw rowError({
      en: "amount: a negative amount is money going out, not a deposit; leave it out of the file.",
      "zh-CN": "amount：负数金额表示转出而非入账，请勿放入文件。",
    });
  const amount = parseStatementAmount(amountText, currencyText);
  const valueDate = parseValueDate(get("date"), now);
  if (!valueDate)
    throw rowError({
      en: "date: write the date as YYYY-MM-DD (within five years back and a week ahead).",
      "zh-CN": "date：日期请写成 YYYY-MM-DD（五年内至未来一周内）。",
    });
  const externalId = cleanText(get("id"), MAX_EXTERNAL_ID + 1);
  if (externalId.length > MAX_EXTERNAL_ID)
    throw rowError({
      en: `id: at most ${MAX_EXTERNAL_ID} characters.`,
      "zh-CN": `id：最多 ${MAX_EXTERNAL_ID} 个字符。`,
    });
  const payer = cleanText(get("payer"), MAX_PAYER_NAME);
  return {
    amount,
    currency: currencyText,
    referenceText: cleanText(get("reference"), MAX_REFERENCE_TEXT),
    payerName: payer || null,
    valueDate,
    externalId,
  };
}
