import type { ShippedArticle } from "../../types.js";

export const supportIdentityChecks: ShippedArticle = {
  slug: "support-identity-checks",
  section: "signing-in",
  kind: "faq",
  tags: [
    "identity check",
    "prove it's me",
    "verify identity support",
    "support unlock",
    "2fa reset",
    "身份核实",
    "核实身份",
    "证明本人",
    "客服解锁",
    "客服验证",
    "重置两步验证",
  ],
  related: ["account-locked", "lost-phone-2fa", "account-frozen", "what-to-prepare"],
  en: {
    title: "What will support ask to check that it's really me?",
    body: `Before support unlocks a locked account, turns off your two-step verification or lifts a freeze, they must confirm that you are the owner. **At least two checks must pass**, and support records which ones, with the reason for the action.

## The checks support can use

Depending on what your account holds, support may ask you for:

- **A confirmation from the email address on your account**, for example by answering an email we send to that address.
- **Your date of birth**, compared with what you gave when you [verified your identity](/help/identity-verification).
- **The last 4 digits of a bank account** you added as a payout destination.
- **The amount of a recent transaction**, for example your last deposit or payment.
- **A photo ID**, compared with your verification documents.
- **A call back to the verified phone number on your account**, only while you are in touch with support about your request — and never to ask for a code.

Accounts with more history offer more ways to pass. If you have not verified your identity or added a bank account, email confirmation and recent transactions matter most.

## What support will never ask for

Satchel support will **never** ask for your password, a code from your authenticator app, a text-message code, a recovery code, or an unlock or reset link — not by email, phone or any other channel. Anyone who asks for them is not us: stop, and check the contact at [official channels](/help/official-channels).

## To go faster

[Contact support](/contact) from the email address of your account and include your wallet number (such as S1234-5678-90), what happened, and the reference of a recent transaction if you have one. See [what to prepare](/help/what-to-prepare).

## Afterwards

We email you each time support acts on your account. After support turns off two-step verification, every device is signed out and withdrawals are paused for {{withdrawals.pauseAfterResetHours}}, in case the request did not come from you.`,
  },
  "zh-CN": {
    title: "客服会通过哪些方式核实是我本人？",
    body: `在为您解锁账户、关闭两步验证或解除冻结之前，客服必须先确认您是账户的主人。**至少需要通过两项核验**，客服会记录通过了哪几项以及操作原因。

## 客服可能使用的核验方式

根据您账户中已有的信息，客服可能会请您提供：

- **来自账户绑定邮箱的确认**，例如回复我们发送到该邮箱的邮件。
- **您的出生日期**，与您[身份认证](/help/identity-verification)时填写的信息核对。
- 您添加为收款方式的**银行账户后 4 位**。
- **最近一笔交易的金额**，例如最近一次充值或付款。
- **带照片的身份证件**，与您的认证材料核对。
- **由客服回拨您账户中已验证的手机号**：仅在您已就该请求联系客服时才会进行，并且绝不会在电话中索要验证码。

账户使用记录越多，可用的核验方式就越多。如果您还没有做身份认证或添加银行账户，邮箱确认和最近的交易就尤为重要。

## 客服绝不会向您索要

Satchel 客服**绝不会**索要您的密码、身份验证器中的验证码、短信验证码、恢复码，或者解锁、重置链接——无论是通过邮件、电话还是其他任何渠道。凡是索要这些信息的都不是我们：请立即停止，并通过[官方渠道查询](/help/official-channels)核实对方身份。

## 如何更快办理

请使用账户绑定的邮箱[联系客服](/contact)，并提供您的钱包号（例如 S1234-5678-90）、事情经过，以及最近一笔交易的编号（如有）。详见[联系客服前需要准备什么](/help/what-to-prepare)。

## 办理之后

客服每次对您的账户进行操作，我们都会发邮件通知您。客服关闭两步验证后，所有设备都会退出登录，并且提现将暂停 {{withdrawals.pauseAfterResetHours}}，以防申请并非您本人提出。`,
  },
};
