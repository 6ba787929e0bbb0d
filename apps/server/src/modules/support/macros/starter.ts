import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { MacroStatus } from "./service.js";

/**
 * The macros a new installation starts with: the answers agents write most, in both
 * languages, each pointing to the help article that explains the rest. Supervisors edit or
 * delete them like any other macro; deleted ones are not seeded again.
 */
export interface StarterMacro {
  title: Bilingual;
  body: Bilingual;
  setStatus: MacroStatus | null;
  addTags: string[];
}

const lines = (...parts: string[]) => parts.join("\n");

const SIGN_OFF_EN = ["", "Best regards,", "{{agent.name}}", "Satchel Support"];
const SIGN_OFF_ZH = ["", "祝好！", "{{agent.name}}", "Satchel 客服团队"];

export const STARTER_MACROS: readonly StarterMacro[] = [
  {
    title: { en: "Account unlocked", "zh-CN": "账户已解锁" },
    setStatus: "solved",
    addTags: ["account-unlocked"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "I have unlocked your account (wallet {{customer.walletNumber}}), so you can sign in again now.",
        "If you are not sure of your password, reset it before you try again: {{article:forgot-password}}",
        "",
        "To keep your account safe, we recommend two-step verification: {{article:two-factor-authentication}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "我们已为您解锁账户（钱包号 {{customer.walletNumber}}），您现在可以重新登录了。",
        "如果您不确定密码，请先重置密码再登录：{{article:forgot-password}}",
        "",
        "为保障账户安全，建议您开启两步验证：{{article:two-factor-authentication}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "We need more details", "zh-CN": "需要您提供更多信息" },
    setStatus: "pending",
    addTags: ["needs-info"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "Thank you for contacting us about {{ticket.number}}. To look into this, we need a few more details:",
        "- the transaction reference (from your transaction history),",
        "- the date, amount and currency,",
        "- a screenshot of any error message you saw.",
        "",
        "What to have ready is described here: {{article:what-to-prepare}}",
        "Please never send us your password or verification codes; we will never ask for them: {{article:support-identity-checks}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "感谢您就工单 {{ticket.number}} 联系我们。为了进一步核查，请您补充以下信息：",
        "- 交易编号（可在交易记录中找到）；",
        "- 交易日期、金额和币种；",
        "- 您看到的错误提示截图。",
        "",
        "需要准备的信息请参阅：{{article:what-to-prepare}}",
        "请勿向我们发送您的密码或验证码，我们绝不会索要：{{article:support-identity-checks}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "Deposit being traced", "zh-CN": "充值正在追查中" },
    setStatus: "on_hold",
    addTags: ["deposit-trace"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "I have asked our payments team to trace your deposit with the paying bank or provider.",
        "Traces usually take 1 to 3 business days. The money is not lost: once it is found, it is credited to your wallet and we will let you know here.",
        "",
        "More about deposits that have not arrived: {{article:deposit-not-arrived}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "我们已请支付团队向付款银行或支付机构追查您的这笔充值。",
        "追查通常需要 1 至 3 个工作日。您的资金不会丢失：查到后会入账到您的钱包，我们也会在此工单中通知您。",
        "",
        "关于充值未到账的更多说明：{{article:deposit-not-arrived}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "Withdrawal rejected — next steps", "zh-CN": "提现被拒绝 — 后续步骤" },
    setStatus: "pending",
    addTags: ["withdrawal-rejected"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "Your withdrawal was not paid out, and the full amount is back in your Satchel wallet.",
        "The most common reasons are a name on the receiving account that does not match your verified name, or a receiving account that is still waiting to be confirmed.",
        "",
        "What each reason means and how to fix it: {{article:withdrawal-rejected}}",
        "Adding or checking a receiving account: {{article:payout-destinations}}",
        "",
        "Once that is fixed you can withdraw again. Reply here if anything is unclear.",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "您的这笔提现未能付出，全部金额已退回您的 Satchel 钱包。",
        "常见原因是收款账户的户名与您认证的姓名不一致，或收款账户仍在等待确认。",
        "",
        "各种原因的含义及解决方法：{{article:withdrawal-rejected}}",
        "如何添加或检查收款账户：{{article:payout-destinations}}",
        "",
        "处理好后即可重新提现。如有疑问，请直接回复本工单。",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "2FA reset done", "zh-CN": "两步验证已重置" },
    setStatus: "solved",
    addTags: ["2fa-reset"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "I have reset two-step verification on your account. Please sign in and turn it on again with your new phone right away: {{article:two-factor-authentication}}",
        "Keep the new recovery codes somewhere safe, so you can sign in if you lose your phone again: {{article:recovery-codes}}",
        "",
        "For your security, withdrawals are paused for a short time after a reset: {{article:withdrawals-paused}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "我们已重置您账户的两步验证。请您登录后立即用新手机重新开启：{{article:two-factor-authentication}}",
        "请妥善保管新的恢复码，以便再次丢失手机时仍能登录：{{article:recovery-codes}}",
        "",
        "为保障您的资金安全，重置后的一段时间内提现会暂停：{{article:withdrawals-paused}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "Suspicious activity — account frozen", "zh-CN": "可疑活动 — 账户已冻结" },
    setStatus: "pending",
    addTags: ["security", "frozen"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "We noticed activity on your account that may not be yours, so we have frozen payments out of it to protect your money. Your balance is safe.",
        "Please change your password now, check which devices are signed in, and reply to this message to confirm the recent transactions you recognise.",
        "",
        "What a freeze means: {{article:account-frozen}}",
        "What to do about activity you don't recognise: {{article:suspicious-activity}}",
        "How to tell real Satchel messages from fake ones: {{article:official-channels}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "我们发现您的账户有可能并非您本人的操作，为保护您的资金，已冻结账户的转出功能。您的余额是安全的。",
        "请您立即修改密码，检查已登录的设备，并回复本消息确认您认可的近期交易。",
        "",
        "冻结是什么意思：{{article:account-frozen}}",
        "发现不认识的交易或登录怎么办：{{article:suspicious-activity}}",
        "如何辨别 Satchel 官方消息：{{article:official-channels}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "Solved — anything else?", "zh-CN": "已解决 — 还有其他问题吗？" },
    setStatus: "solved",
    addTags: [],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "I'm glad we could sort this out. I have marked {{ticket.number}} as solved.",
        "If anything else comes up, just reply to this ticket and it opens again. Answers to common questions are also in our help center: {{article:welcome-to-the-help-center}}",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "很高兴问题已经解决，我们已将工单 {{ticket.number}} 标记为已解决。",
        "如还有其他问题，直接回复本工单即可重新打开。常见问题的解答也可以在帮助中心找到：{{article:welcome-to-the-help-center}}",
        ...SIGN_OFF_ZH,
      ),
    },
  },
  {
    title: { en: "Verification documents needed", "zh-CN": "需要您上传认证证件" },
    setStatus: "pending",
    addTags: ["verification"],
    body: {
      en: lines(
        "Hi {{customer.firstName}},",
        "",
        "To finish verifying your identity, please upload your documents on the “Verify your identity” page of your Satchel account (not by email or in this ticket).",
        "Which documents we accept and how to take a clear photo: {{article:verification-documents}}",
        "What each verification level allows: {{article:identity-verification}}",
        "",
        "We will review them as soon as they arrive.",
        ...SIGN_OFF_EN,
      ),
      "zh-CN": lines(
        "{{customer.name}}，您好：",
        "",
        "为完成身份认证，请您在 Satchel 账户的“身份认证”页面上传证件（请勿通过邮件或本工单发送）。",
        "可接受的证件及拍摄要求：{{article:verification-documents}}",
        "各认证等级的权限说明：{{article:identity-verification}}",
        "",
        "收到后我们会尽快审核。",
        ...SIGN_OFF_ZH,
      ),
    },
  },
];
