import { interpolate, type Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import { PROCESSING_TIMES, type ProcessingTime } from "../methods/catalogue.js";
import type { Finding } from "./tracer.js";

/** What the tracer says, in plain words: where the money is, and what to do next. */
export interface TraceAnswer {
  explanation: string;
  nextStep: string;
}

const when = (at: Date, locale: Locale) => interpolate("{at}", { at }, locale);
const day = (isoDay: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "zh-CN" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(new Date(`${isoDay}T00:00:00Z`));
const money = (amount: bigint, currency: string) => `${formatAmount(amount, currency)} ${currency}`;

export function describeFinding(f: Finding, locale: Locale): TraceAnswer {
  const zh = locale === "zh-CN";
  const d = f.deposit;
  const told = money(f.query.amount, f.query.currency);
  const ref = f.historyReference;
  const methodName = f.method ? f.method.name[locale] : "";
  const time = f.method
    ? (PROCESSING_TIMES[f.method.processing_time as ProcessingTime] ?? PROCESSING_TIMES["1_3_days"])[locale]
    : "";

  switch (f.kind) {
    case "credited": {
      const deposit = d as NonNullable<typeof d>;
      const credited = money(deposit.amount - deposit.fee, deposit.currency);
      const at = when(deposit.completed_at ?? deposit.updated_at, locale);
      return zh
        ? {
            explanation: `您的 ${money(deposit.amount, deposit.currency)} 充值已于 ${at} 存入您的 ${deposit.currency} 钱包${deposit.fee > 0n ? `（扣除手续费 ${money(deposit.fee, deposit.currency)} 后到账 ${credited}）` : ""}。${ref ? `交易编号 ${ref}。` : ""}`,
            nextStep: `无需任何操作。如果看不到这笔钱，请在 ${deposit.currency} 钱包的交易记录中查找${ref ? `编号 ${ref}` : "该笔充值"}。`,
          }
        : {
            explanation: `Your deposit of ${money(deposit.amount, deposit.currency)} was credited on ${at} to your ${deposit.currency} wallet${deposit.fee > 0n ? `: ${credited} after a fee of ${money(deposit.fee, deposit.currency)}` : ""}.${ref ? ` Reference ${ref}.` : ""}`,
            nextStep: `Nothing to do. If you cannot see it, look in your ${deposit.currency} wallet's history for ${ref ? `reference ${ref}` : "the deposit"}.`,
          };
    }
    case "awaiting_transfer": {
      const deposit = d as NonNullable<typeof d>;
      const quote = deposit.bank_reference ?? "";
      const until = deposit.expires_at ? when(deposit.expires_at, locale) : "";
      return zh
        ? {
            explanation: `我们正在等待您的银行汇来 ${money(deposit.amount, deposit.currency)}，尚未收到。转账附言中必须填写参考号 ${quote}，我们才能识别是您的款项。`,
            nextStep: `${methodName}的通常到账时间：${time}${until ? `；汇款指引有效期至 ${until}` : ""}。如果超过这个时间仍未到账，请向银行索取汇款凭证，并用凭证上的银行参考号再查询一次。`,
          }
        : {
            explanation: `We are waiting for your bank: ${money(deposit.amount, deposit.currency)} has not arrived yet. Your transfer must quote reference ${quote} so we can tell it is yours.`,
            nextStep: `Usual time for ${methodName}: ${time}${until ? `; the instructions are valid until ${until}` : ""}. If it takes longer than that, ask your bank for the transfer confirmation and trace again with the bank's reference on it.`,
          };
    }
    case "pending_at_provider": {
      const deposit = d as NonNullable<typeof d>;
      const yourMove = deposit.provider_status === "requires_action";
      return zh
        ? {
            explanation: yourMove
              ? `您的 ${money(deposit.amount, deposit.currency)} 充值正在等待您在银行或钱包页面完成确认。`
              : `您通过${methodName}发起的 ${money(deposit.amount, deposit.currency)} 充值正在由支付合作方处理，对方确认后我们会立即入账。`,
            nextStep: yourMove
              ? "请打开该充值并完成确认；未确认的充值不会扣款。"
              : "无需任何操作，入账后我们会发邮件通知您。支付合作方暂时无响应时，我们会自动重试，不会重复扣款。",
          }
        : {
            explanation: yourMove
              ? `Your deposit of ${money(deposit.amount, deposit.currency)} is waiting for you to confirm it with your bank or wallet.`
              : `Your deposit of ${money(deposit.amount, deposit.currency)} by ${methodName} is being processed by our payment partner; we credit it as soon as they confirm.`,
            nextStep: yourMove
              ? "Open the deposit and finish the confirmation; nothing is charged until you do."
              : "Nothing to do: you will get an email when it is credited. If the partner is slow to answer we keep asking, and you are never charged twice.",
          };
    }
    case "failed": {
      const deposit = d as NonNullable<typeof d>;
      const code = deposit.reason_code ?? "processing_error";
      const reason = isReasonCode(code)
        ? explainReason(code, locale)
        : explainReason("processing_error", locale);
      const at = when(deposit.completed_at ?? deposit.updated_at, locale);
      return zh
        ? {
            explanation: `您于 ${when(deposit.created_at, locale)} 发起的 ${money(deposit.amount, deposit.currency)} 充值在 ${at} 失败：${reason.title}。${reason.explanation}`,
            nextStep: reason.nextStep,
          }
        : {
            explanation: `Your deposit of ${money(deposit.amount, deposit.currency)} made on ${when(deposit.created_at, locale)} failed on ${at}: ${reason.title}. ${reason.explanation}`,
            nextStep: reason.nextStep,
          };
    }
    case "expired": {
      const deposit = d as NonNullable<typeof d>;
      const at = when(deposit.completed_at ?? deposit.expires_at ?? deposit.updated_at, locale);
      const quote = deposit.bank_reference
        ? zh
          ? `（参考号 ${deposit.bank_reference}）`
          : ` (reference ${deposit.bank_reference})`
        : "";
      return zh
        ? {
            explanation: `您的 ${money(deposit.amount, deposit.currency)} 充值${quote}已于 ${at} 过期，截至过期时我们没有收到款项。`,
            nextStep:
              "如果银行确认款项已经汇出，请向银行索取汇款凭证并联系客服，我们会帮您查找；否则请重新发起充值。",
          }
        : {
            explanation: `Your deposit of ${money(deposit.amount, deposit.currency)}${quote} expired on ${at}; no money had arrived by then.`,
            nextStep:
              "If your bank confirms the money left your account, ask it for the transfer confirmation and contact support so we can find it; otherwise start a new deposit.",
          };
    }
    case "unmatched_received": {
      const line = f.line as NonNullable<typeof f.line>;
      const got = money(line.amount, line.currency);
      return zh
        ? {
            explanation: `我们在 ${day(line.value_date, locale)} 收到了一笔 ${got} 的汇款，但付款附言中没有我们能识别的参考号，所以无法判断是谁的款项。我们已为此开立案例 ${f.caseId}，客服会核对后将其匹配到您的账户。`,
            nextStep:
              "暂时无需任何操作，入账后我们会发邮件通知您。请保留银行的汇款凭证，以便我们需要时核对。",
          }
        : {
            explanation: `We received ${got} on ${day(line.value_date, locale)} but could not tell whose it was: the payment did not carry a reference we could match. We opened case ${f.caseId} and support will match it to your account.`,
            nextStep:
              "Nothing to do for now: you will get an email when it is credited. Keep your bank's transfer confirmation in case we ask for it.",
          };
    }
    case "not_found": {
      const from = when(f.window.from, locale);
      const to = when(f.window.to, locale);
      const opened = f.caseId
        ? zh
          ? `我们已开立案例 ${f.caseId}，客服会继续查找并通过邮件联系您。`
          : `We opened case ${f.caseId}: support will keep looking and email you.`
        : zh
          ? "如果银行确认款项已经汇出，可以用凭证上的参考号再查询一次，或请我们开立案例由客服查找。"
          : "If your bank confirms the money left, trace again with the reference on its confirmation, or ask us to open a case for support to look into.";
      return zh
        ? {
            explanation: `在 ${from} 至 ${to} 之间，我们没有找到 ${told} 的充值，也没有收到这笔金额的汇款。`,
            nextStep: `请核对金额、币种和汇款时间；银行转账可能需要数个工作日才能到账。${opened}`,
          }
        : {
            explanation: `We found no deposit of ${told}, and no money of that amount arriving, between ${from} and ${to}.`,
            nextStep: `Check the amount, the currency and when you sent it; a bank transfer can take several business days to arrive. ${opened}`,
          };
    }
  }
}

/** What a guest reads on screen, whatever we found (the answer goes to the address's owner). */
export function guestAnswer(locale: Locale): TraceAnswer {
  return locale === "zh-CN"
    ? {
        explanation: "如果该邮箱地址有对应的账户，我们已将查询结果发送到该邮箱。",
        nextStep: "请在几分钟后查看收件箱（以及垃圾邮件文件夹）。登录后再次查询，可直接在页面上看到结果。",
      }
    : {
        explanation: "If an account exists for that address, we've emailed what we found to it.",
        nextStep:
          "Check your inbox (and spam folder) in a few minutes. Sign in and trace again to see the answer on screen.",
      };
}

/** The email with the tracer's answer, for a guest who gave the address (sent to its owner only). */
export function traceEmail(f: Finding, url: string) {
  const copy = (locale: Locale) => {
    const answer = describeFinding(f, locale);
    const amount = money(f.query.amount, f.query.currency);
    return {
      subject: locale === "zh-CN" ? `关于您 ${amount} 的充值` : `About your deposit of ${amount}`,
      lines: [answer.explanation, answer.nextStep],
      action: { label: locale === "zh-CN" ? "查看详情" : "See the details", url },
    };
  };
  return { en: copy("en"), "zh-CN": copy("zh-CN") };
}
