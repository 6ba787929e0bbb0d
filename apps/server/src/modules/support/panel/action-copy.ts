import type { Locale } from "../../../platform/i18n.js";
import type { IdentityCheck } from "../../accounts/staff.js";

/**
 * What a ticket says after an action taken from the customer panel: an internal note for the
 * team (who did it, which identity checks passed, why), in the acting agent's language, and a
 * short system message for the customer in the ticket's language. The agent's reason stays in
 * the internal note; the customer reads only our own wording.
 */

export const PANEL_ACTIONS = [
  "unlock",
  "2fa-reset",
  "lock",
  "freeze",
  "unfreeze",
  "resend-verification",
] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

const CHECK_NAMES: Record<IdentityCheck, Record<Locale, string>> = {
  date_of_birth: { en: "date of birth", "zh-CN": "出生日期" },
  bank_account_last4: { en: "bank account last 4 digits", "zh-CN": "银行账户后四位" },
  recent_transaction_amount: { en: "a recent transaction's amount", "zh-CN": "近期交易金额" },
  id_document: { en: "identity document", "zh-CN": "身份证件" },
  phone_callback: { en: "call back on the phone number on file", "zh-CN": "回拨预留电话" },
  email_confirmation: { en: "confirmation from the email address on file", "zh-CN": "预留邮箱确认" },
};

const DONE: Record<PanelAction, Record<Locale, (agent: string) => string>> = {
  unlock: { en: (a) => `Account unlocked by ${a}.`, "zh-CN": (a) => `${a} 已解锁账户。` },
  "2fa-reset": {
    en: (a) => `Two-factor authentication turned off by ${a}; withdrawals held for 24 hours.`,
    "zh-CN": (a) => `${a} 已关闭两步验证，提现暂停 24 小时。`,
  },
  lock: {
    en: (a) => `Account hard-locked by ${a}; every session ended.`,
    "zh-CN": (a) => `${a} 已永久锁定账户，所有会话已结束。`,
  },
  freeze: { en: (a) => `Outgoing payments frozen by ${a}.`, "zh-CN": (a) => `${a} 已冻结账户转出。` },
  unfreeze: { en: (a) => `Freeze lifted by ${a}.`, "zh-CN": (a) => `${a} 已解除冻结。` },
  "resend-verification": {
    en: (a) => `New email verification link sent by ${a}.`,
    "zh-CN": (a) => `${a} 已重新发送邮箱验证链接。`,
  },
};

const TOLD: Record<PanelAction, Record<Locale, string>> = {
  unlock: {
    en: "We checked your identity and unlocked your account. You can sign in again.",
    "zh-CN": "我们已核实您的身份并解锁了您的账户，您现在可以重新登录。",
  },
  "2fa-reset": {
    en: "We checked your identity and turned off two-factor authentication on your account, so you can sign in with your password. For your safety, withdrawals are paused for 24 hours. Please turn two-factor authentication on again in your security center.",
    "zh-CN":
      "我们已核实您的身份并关闭了您账户的两步验证，您现在可以仅凭密码登录。为保障安全，提现将暂停 24 小时。请在安全中心重新开启两步验证。",
  },
  lock: {
    en: "We locked your account to protect it and signed it out on every device. We will unlock it once we have checked your identity.",
    "zh-CN": "为保护您的账户，我们已将其锁定并在所有设备上退出登录。核实您的身份后，我们会为您解锁。",
  },
  freeze: {
    en: "We froze payments out of your account to protect it. Money can still arrive, and you can still sign in.",
    "zh-CN": "为保护您的账户，我们已冻结其转出功能。账户仍可收款，您也仍可登录。",
  },
  unfreeze: {
    en: "We lifted the freeze on your account. You can send money and withdraw again.",
    "zh-CN": "我们已解除您账户的冻结，您可以再次转账和提现。",
  },
  "resend-verification": {
    en: "We sent you a new link to confirm your email address. Please check your inbox (and your spam folder).",
    "zh-CN": "我们已向您发送新的邮箱验证链接，请查看收件箱（以及垃圾邮件文件夹）。",
  },
};

/** The team's note: "Account unlocked by Ann. Identity checks: date of birth, … Reason: …". */
export function internalNote(
  action: PanelAction,
  locale: Locale,
  agent: string,
  input: { reason: string; checks?: readonly IdentityCheck[] | undefined },
): string {
  const zh = locale === "zh-CN";
  const parts = [DONE[action][locale](agent)];
  if (input.checks?.length) {
    const names = input.checks.map((c) => CHECK_NAMES[c][locale]).join(zh ? "、" : ", ");
    parts.push(zh ? `身份核验：${names}。` : `Identity checks: ${names}.`);
  }
  parts.push(zh ? `原因：${input.reason}` : `Reason: ${input.reason}`);
  return parts.join(zh ? "" : " ");
}

/** What the customer reads on their ticket. */
export function customerMessage(action: PanelAction, locale: Locale): string {
  return TOLD[action][locale];
}

export function escalationNote(locale: Locale, agent: string, reason: string): string {
  return locale === "zh-CN"
    ? `${agent} 已将工单升级至合规团队。原因：${reason}`
    : `Escalated to compliance by ${agent}. Reason: ${reason}`;
}
