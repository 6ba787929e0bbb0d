import type { Locale } from "../../platform/i18n.js";
import type { Bilingual, Copy } from "../notifications/templates/render.js";

export {
  antiPhishingLine,
  type Bilingual,
  type Copy,
  composeEmail,
  composeSms,
  escapeHtml,
  type Recipient,
} from "../notifications/templates/render.js";

const when = (date: Date, language: Locale) =>
  `${new Intl.DateTimeFormat(language === "zh-CN" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date)} UTC`;

export const emails = {
  verifyEmail: (url: string): Bilingual => ({
    en: {
      subject: "Confirm your email address",
      lines: ["Confirm this address to finish setting up your Satchel account. The link works for 24 hours."],
      action: { label: "Confirm email address", url },
    },
    "zh-CN": {
      subject: "请确认您的邮箱地址",
      lines: ["请确认此邮箱地址以完成 Satchel 账户设置。链接 24 小时内有效。"],
      action: { label: "确认邮箱地址", url },
    },
  }),
  confirmNewEmail: (url: string): Bilingual => ({
    en: {
      subject: "Confirm your new email address",
      lines: [
        "Confirm this address to make it the email of your Satchel account. The link works for 24 hours.",
      ],
      action: { label: "Use this email address", url },
    },
    "zh-CN": {
      subject: "请确认您的新邮箱地址",
      lines: ["请确认此地址，以将其设为您 Satchel 账户的邮箱。链接 24 小时内有效。"],
      action: { label: "使用此邮箱地址", url },
    },
  }),
  emailChangeRequested: (newEmail: string): Bilingual => ({
    en: {
      subject: "Your Satchel email address is being changed",
      lines: [
        `Someone asked to change the email address of your account to ${newEmail}. It changes once the new address is confirmed.`,
      ],
    },
    "zh-CN": {
      subject: "您的 Satchel 邮箱地址正在变更",
      lines: [`有人申请将您账户的邮箱地址改为 ${newEmail}。新地址确认后即会生效。`],
    },
  }),
  emailChanged: (newEmail: string): Bilingual => ({
    en: {
      subject: "Your Satchel email address was changed",
      lines: [`The email address of your account is now ${newEmail}.`],
    },
    "zh-CN": { subject: "您的 Satchel 邮箱地址已变更", lines: [`您账户的邮箱地址现已改为 ${newEmail}。`] },
  }),
  passwordReset: (url: string): Bilingual => ({
    en: {
      subject: "Reset your Satchel password",
      lines: [
        "Someone asked to reset the password of your Satchel account. The link works for 30 minutes, once.",
      ],
      action: { label: "Choose a new password", url },
    },
    "zh-CN": {
      subject: "重置您的 Satchel 密码",
      lines: ["有人申请重置您的 Satchel 账户密码。链接 30 分钟内有效，仅可使用一次。"],
      action: { label: "设置新密码", url },
    },
  }),
  passwordChanged: (at: Date, withdrawalsHeldUntil?: Date): Record<Locale, Copy> => ({
    en: {
      subject: "Your Satchel password was changed",
      lines: [
        `Your password was changed on ${when(at, "en")}. Every device was signed out.`,
        ...(withdrawalsHeldUntil
          ? [`As a precaution, withdrawals are paused until ${when(withdrawalsHeldUntil, "en")}.`]
          : []),
      ],
    },
    "zh-CN": {
      subject: "您的 Satchel 密码已修改",
      lines: [
        `您的密码已于 ${when(at, "zh-CN")} 修改，所有设备均已退出登录。`,
        ...(withdrawalsHeldUntil
          ? [`为安全起见，提现将暂停至 ${when(withdrawalsHeldUntil, "zh-CN")}。`]
          : []),
      ],
    },
  }),
  locked: (until: Date, unlockUrl: string, resetUrl: string): Bilingual => ({
    en: {
      subject: "Your Satchel account is locked for now",
      lines: [
        `After several wrong passwords we locked sign-in until ${when(until, "en")}.`,
        "If it was you, unlock it now with the link below (valid for 30 minutes).",
        `If you have forgotten your password, reset it: ${resetUrl}`,
      ],
      action: { label: "Unlock my account", url: unlockUrl },
    },
    "zh-CN": {
      subject: "您的 Satchel 账户已被临时锁定",
      lines: [
        `由于多次输入错误密码，登录已被锁定至 ${when(until, "zh-CN")}。`,
        "如果是您本人操作，可通过下方链接立即解锁（30 分钟内有效）。",
        `如果忘记了密码，请重置：${resetUrl}`,
      ],
      action: { label: "解锁我的账户", url: unlockUrl },
    },
  }),
  hardLocked: (): Bilingual => ({
    en: {
      subject: "Your Satchel account is locked",
      lines: [
        "Your account was locked again after repeated failed sign-ins, so only support can unlock it now.",
        "Contact Satchel support; they will check your identity and unlock it.",
      ],
    },
    "zh-CN": {
      subject: "您的 Satchel 账户已被锁定",
      lines: [
        "由于多次登录失败，您的账户再次被锁定，现在只能由客服解锁。",
        "请联系 Satchel 客服，核实身份后即可解锁。",
      ],
    },
  }),
  /**
   * Support locked the account (suspected takeover), not failed sign-ins: the customer did
   * nothing wrong and cannot sign in, so the way to us needs no sign-in.
   */
  hardLockedBySupport: (contactUrl: string): Bilingual => ({
    en: {
      subject: "Satchel support locked your account",
      lines: [
        "To protect your account, Satchel support locked it and signed out every device. Nobody can sign in until support unlocks it.",
        "To have it unlocked, contact Satchel support from the contact page: you do not need to sign in. Give the email address of your account; support will check your identity before unlocking it.",
      ],
      action: { label: "Contact support", url: contactUrl },
    },
    "zh-CN": {
      subject: "Satchel 客服已锁定您的账户",
      lines: [
        "为保护您的账户，Satchel 客服已将其锁定，并让所有设备退出登录。在客服解锁之前，任何人都无法登录。",
        "如需解锁，请在“联系我们”页面联系 Satchel 客服，无需登录。请填写您账户的邮箱地址，客服核实您的身份后会为您解锁。",
      ],
      action: { label: "联系客服", url: contactUrl },
    },
  }),
  frozen: (): Bilingual => ({
    en: {
      subject: "Payments out of your Satchel account are frozen",
      lines: [
        "Support has frozen payments out of your account to protect it. Money can still arrive, and you can still sign in.",
        "Contact Satchel support to lift the freeze; they will check your identity first.",
      ],
    },
    "zh-CN": {
      subject: "您的 Satchel 账户已冻结转出",
      lines: [
        "为保护您的账户，客服已冻结该账户的转出功能。账户仍可收款，您也仍可登录。",
        "如需解除冻结，请联系 Satchel 客服，客服会先核实您的身份。",
      ],
    },
  }),
  unfrozen: (): Bilingual => ({
    en: {
      subject: "Payments out of your Satchel account are possible again",
      lines: ["Support has lifted the freeze on your account. You can send money and withdraw again."],
    },
    "zh-CN": {
      subject: "您的 Satchel 账户已恢复转出",
      lines: ["客服已解除您账户的冻结，您可以再次转账和提现。"],
    },
  }),
  newDevice: (device: string, ip: string | null, at: Date): Bilingual => ({
    en: {
      subject: "New sign-in to your Satchel account",
      lines: [`Your account was signed in to from ${device}${ip ? ` (IP ${ip})` : ""} on ${when(at, "en")}.`],
    },
    "zh-CN": {
      subject: "您的 Satchel 账户有新的登录",
      lines: [`您的账户于 ${when(at, "zh-CN")} 在 ${device}${ip ? `（IP ${ip}）` : ""} 上登录。`],
    },
  }),
  twoFactorChanged: (enabled: boolean, method: string): Bilingual => ({
    en: {
      subject: enabled ? "Two-factor authentication is on" : "Two-factor authentication was turned off",
      lines: [
        enabled
          ? `Sign-ins now also need a code (${method}).`
          : `Sign-ins no longer ask for a ${method} code.`,
      ],
    },
    "zh-CN": {
      subject: enabled ? "两步验证已开启" : "两步验证已关闭",
      lines: [enabled ? `登录时现在还需要输入验证码（${method}）。` : `登录时将不再要求 ${method} 验证码。`],
    },
  }),
  unlockedBySupport: (): Bilingual => ({
    en: {
      subject: "Support unlocked your Satchel account",
      lines: ["After checking your identity, support unlocked your account. You can sign in again."],
    },
    "zh-CN": {
      subject: "客服已解锁您的 Satchel 账户",
      lines: ["客服在核实您的身份后已解锁您的账户，您现在可以重新登录。"],
    },
  }),
  twoFactorResetBySupport: (heldUntil: Date): Bilingual => ({
    en: {
      subject: "Support turned off two-factor authentication",
      lines: [
        "At your request, and after checking your identity, support turned off two-factor authentication on your account.",
        `For your safety, withdrawals are paused until ${when(heldUntil, "en")}. Turn two-factor authentication on again in your security center.`,
      ],
    },
    "zh-CN": {
      subject: "客服已关闭您的两步验证",
      lines: [
        "应您的请求，客服在核实身份后关闭了您账户的两步验证。",
        `为保障安全，提现将暂停至 ${when(heldUntil, "zh-CN")}。请在安全中心重新开启两步验证。`,
      ],
    },
  }),
};

export const texts = {
  phoneRemoved: (): Record<Locale, string> => ({
    en: "This number was removed from your Satchel account. If that was not you, contact Satchel support now.",
    "zh-CN": "此号码已从您的 Satchel 账户中移除。如非本人操作，请立即联系 Satchel 客服。",
  }),
  phoneCode: (code: string): Record<Locale, string> => ({
    en: `Your phone verification code is ${code}. It expires in 10 minutes.`,
    "zh-CN": `您的手机验证码是 ${code}，10 分钟内有效。`,
  }),
  resetCode: (code: string): Record<Locale, string> => ({
    en: `Your password reset code is ${code}. It expires in 10 minutes. Never share it.`,
    "zh-CN": `您的密码重置验证码是 ${code}，10 分钟内有效，请勿告诉任何人。`,
  }),
  loginCode: (code: string): Record<Locale, string> => ({
    en: `Your sign-in code is ${code}. It expires in 5 minutes. Never share it.`,
    "zh-CN": `您的登录验证码是 ${code}，5 分钟内有效，请勿告诉任何人。`,
  }),
};
