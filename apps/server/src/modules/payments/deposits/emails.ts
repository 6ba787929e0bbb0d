import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import type { DepositRow } from "./deposits-repository.js";

type Copy = { subject: string; lines: string[]; action?: { label: string; url: string } };

const money = (amount: bigint, currency: string) => `${formatAmount(amount, currency)} ${currency}`;

/** The email when a deposit has been credited. */
export function depositSucceededEmail(
  d: DepositRow,
  reference: string | undefined,
  url: string,
): Record<Locale, Copy> {
  const credited = money(d.amount - d.fee, d.currency);
  const fee = money(d.fee, d.currency);
  return {
    en: {
      subject: `Your deposit of ${money(d.amount, d.currency)} has arrived`,
      lines: [
        `We credited ${credited} to your ${d.currency} wallet${d.fee > 0n ? ` (fee ${fee})` : ""}.`,
        ...(reference ? [`Reference: ${reference}`] : []),
      ],
      action: { label: "See the deposit", url },
    },
    "zh-CN": {
      subject: `您的 ${money(d.amount, d.currency)} 充值已到账`,
      lines: [
        `我们已将 ${credited} 存入您的 ${d.currency} 钱包${d.fee > 0n ? `（手续费 ${fee}）` : ""}。`,
        ...(reference ? [`交易编号：${reference}`] : []),
      ],
      action: { label: "查看充值详情", url },
    },
  };
}

/** The email when a deposit failed or expired, with the reason in plain words and what to do. */
export function depositFailedEmail(
  d: DepositRow,
  reference: string | undefined,
  url: string,
): Record<Locale, Copy> {
  const copy = (locale: Locale): Copy => {
    const code = d.reason_code ?? "processing_error";
    const reason = isReasonCode(code) ? explainReason(code, locale) : undefined;
    const amount = money(d.amount, d.currency);
    const en = locale === "en";
    return {
      subject: en ? `Your deposit of ${amount} did not go through` : `您的 ${amount} 充值未成功`,
      lines: [
        ...(reason ? [reason.title, reason.explanation, reason.nextStep] : []),
        ...(reference ? [en ? `Reference: ${reference}` : `交易编号：${reference}`] : []),
      ],
      action: { label: en ? "See the deposit" : "查看充值详情", url },
    };
  };
  return { en: copy("en"), "zh-CN": copy("zh-CN") };
}
