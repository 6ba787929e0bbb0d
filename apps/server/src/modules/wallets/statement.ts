import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import { formatAmount } from "../../platform/money/money.js";
import { accountHolder } from "../accounts/index.js";
import type { WalletsDeps } from "./deps.js";
import { renderStatementPdf, type StatementInput, type StatementSection } from "./statement-pdf.js";
import { statementRows, type TransactionRow } from "./transactions-repository.js";

const TEXT = {
  en: {
    title: "Monthly statement",
    opening: "Opening balance",
    closing: "Closing balance",
    moneyIn: "Money in",
    moneyOut: "Money out",
    date: "Date (UTC)",
    reference: "Reference",
    description: "Description",
    amount: "Amount",
    noActivity: "No completed transactions this month.",
    page: "Page {n} of {total}",
    footer: "Satchel · Amounts out include fees. Quote the reference when you contact support.",
    transferTo: "Transfer to",
    transferFrom: "Transfer from",
    exchange: "Exchange",
    adjustment: "Adjustment",
    fee: "fee",
  },
  "zh-CN": {
    title: "月度对账单",
    opening: "期初余额",
    closing: "期末余额",
    moneyIn: "收入",
    moneyOut: "支出",
    date: "日期（UTC）",
    reference: "交易编号",
    description: "说明",
    amount: "金额",
    noActivity: "本月没有已完成的交易。",
    page: "第 {n} 页，共 {total} 页",
    footer: "Satchel · 支出金额已含手续费。联系客服时请提供交易编号。",
    transferTo: "转账给",
    transferFrom: "收到转账",
    exchange: "货币兑换",
    adjustment: "账户调整",
    fee: "手续费",
  },
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthRange(month: string): { from: Date; to: Date } {
  const match = MONTH.exec(month);
  if (!match)
    throw new DomainError("validation_failed", {}, [
      {
        in: "params",
        path: "/month",
        code: "invalid_format",
        message: "a month as YYYY-MM, such as 2026-11",
      },
    ]);
  const [year, mon] = [Number(match[1]), Number(match[2])];
  return { from: new Date(Date.UTC(year, mon - 1, 1)), to: new Date(Date.UTC(year, mon, 1)) };
}

/** The signed change one transaction made to the wallet in `currency` (fees included). */
function movement(row: TransactionRow, currency: string): bigint {
  if (row.type === "exchange") return row.currency === currency ? -row.amount : (row.counter_amount ?? 0n);
  return row.direction === "out" ? -(row.amount + row.fee) : row.amount;
}

function describe(row: TransactionRow, locale: Locale): string {
  const t = TEXT[locale];
  const who = row.counterparty_name ? `${row.counterparty_name} (${row.counterparty_wallet_number})` : "";
  const note = row.note ? ` · ${row.note}` : "";
  switch (row.type) {
    case "transfer_out":
      return `${t.transferTo} ${who}${row.fee > 0n ? ` · ${t.fee} ${formatAmount(row.fee, row.currency)}` : ""}${note}`;
    case "transfer_in":
      return `${t.transferFrom} ${who}${note}`;
    case "exchange":
      return `${t.exchange} ${row.currency} → ${row.counter_currency} @ ${row.rate}`;
    case "adjustment":
      return `${t.adjustment}${note}`;
    default:
      return `${row.type}${note}`;
  }
}

/**
 * The monthly statement: for each wallet (or the one asked for), the opening balance from
 * the ledger's history, every completed movement of the month, and the closing balance;
 * opening + money in − money out = closing, to the cent.
 */
export async function buildStatement(
  deps: WalletsDeps,
  userId: string,
  month: string,
  options: { currency?: string | undefined; locale: Locale },
): Promise<StatementInput> {
  const range = monthRange(month);
  const { platform, ledger } = deps;
  if (range.from > platform.clock.now())
    throw new DomainError("validation_failed", {}, [
      { in: "params", path: "/month", code: "in_future", message: "a month that has already started" },
    ]);
  const db = platform.db;
  const holder = await accountHolder(db, userId);
  if (!holder) throw new DomainError("not_found");
  const wallets = (await ledger.walletsOf(db, userId)).filter(
    (w) => !options.currency || w.currency === options.currency,
  );
  if (options.currency && wallets.length === 0) throw new DomainError("not_found");
  const sections: StatementSection[] = [];
  for (const wallet of wallets) {
    const opening = await ledger.postedAt(db, wallet.id, new Date(range.from.getTime() - 1));
    const closing = await ledger.postedAt(db, wallet.id, new Date(range.to.getTime() - 1));
    const rows = await statementRows(db, userId, wallet.currency, range);
    let moneyIn = 0n;
    let moneyOut = 0n;
    const lines = rows.map((row) => {
      const change = movement(row, wallet.currency);
      if (change > 0n) moneyIn += change;
      else moneyOut -= change;
      return {
        date: row.created_at.toISOString().slice(0, 16).replace("T", " "),
        reference: row.reference,
        description: describe(row, options.locale),
        amount: formatAmount(change, wallet.currency),
      };
    });
    const format = (minor: bigint) => formatAmount(minor, wallet.currency);
    sections.push({
      currency: wallet.currency,
      opening: format(opening),
      closing: format(closing),
      moneyIn: format(moneyIn),
      moneyOut: format(moneyOut),
      rows: lines,
    });
  }
  const t = TEXT[options.locale];
  const period =
    options.locale === "zh-CN"
      ? `${month.slice(0, 4)}年${Number(month.slice(5))}月`
      : new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(range.from);
  return {
    title: t.title,
    period,
    generatedAt: `${platform.clock.now().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    holder,
    labels: {
      opening: t.opening,
      closing: t.closing,
      moneyIn: t.moneyIn,
      moneyOut: t.moneyOut,
      date: t.date,
      reference: t.reference,
      description: t.description,
      amount: t.amount,
      noActivity: t.noActivity,
      page: t.page,
      footer: t.footer,
    },
    sections,
  };
}

export async function monthlyStatement(
  deps: WalletsDeps,
  userId: string,
  month: string,
  options: { currency?: string | undefined; locale: Locale },
): Promise<Buffer> {
  return renderStatementPdf(await buildStatement(deps, userId, month, options));
}
