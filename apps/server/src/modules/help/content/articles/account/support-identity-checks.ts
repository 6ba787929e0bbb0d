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

- **A confirmation from the email address on your account**, for example by opening a link or answering an email we send to that address.
- **Your date of birth**, compared with what you gave when you [verified your identity](/help/identity-verification).
- **The last 4 digits of a bank account** you added as a payout destination.
- **The amount of a recent transaction**, for example your last deposit or payment.
- **A photo ID**, compared with your verification documents.
- **A call back to the verified phone number on your account**, only while you are in touch with support about your request — and never to ask for a code.

Accounts with more history offer more ways to pass. If you have not verified your identity or added a bank account, email confirmation and recent transactions matter most.

## What support will never ask for

Satchel support will **never** ask for your password, a code from your authenticator app, a text-message code, a recovery code, or an unlock or reset link — not by email, phone or any other channel. Anyone who asks for them is not us: stop, and check the contact at [official channels](/help/official-channels).

## How it goes

1. **Send a ticket.** Signed in, from the [contact page](/contact): your wallet number, verification level and lock, freeze and two-step state are attached automatically. Can't sign in? Send it without signing in, with the email address of your account, and open the link we email you: our team sees the ticket only after that.
2. **Answer in the ticket.** The agent asks for the checks that fit your account; reply in the ticket under [My tickets](/support/tickets) or through the link in our email.
3. **Support acts.** Once at least two checks pass, the agent unlocks the account, turns off two-step verification or lifts the freeze, and notes it in your ticket.

Include the reference of a recent transaction if you have one — see [what to prepare](/help/what-to-prepare).

## Afterwards

We email you each time support acts on your account: **"Support unlocked your Satchel account"**, **"Support turned off two-factor authentication"** or **"Payments out of your Satchel account are possible again"**. After support turns off two-step verification, every device is signed out and withdrawals are paused for {{withdrawals.pauseAfterResetHours}}, in case the request did not come from you.`,
  },
  "zh-CN": {
    title: "客服会通过哪些方式核实是我本人？",
    body: `在为您解锁账户、关闭两步验证或解除冻结之前，客服必须先确认您是账户的主人。**至少需要通过两项核验**，客服会记录通过了哪几项以及操作原因。

## 客服可能使用的核验方式

根据您账户中已有的信息，客服可能会请您提供：

- **来自账户绑定邮箱的确认**，例如打开我们发送到该邮箱的链接，或回复该邮箱收到的邮件。
- **您的出生日期**，与您[身份认证](/help/identity-verification)时填写的信息核对。
- 您添加为收款方式的**银行账户后 4 位**。
- **最近一笔交易的金额**，例如最近一次充值或付款。
- **带照片的身份证件**，与您的认证材料核对。
- **由客服回拨您账户中已验证的手机号**：仅在您已就该请求联系客服时才会进行，并且绝不会在电话中索要验证码。

账户使用记录越多，可用的核验方式就越多。如果您还没有做身份认证或添加银行账户，邮箱确认和最近的交易就尤为重要。

## 客服绝不会向您索要

Satchel 客服**绝不会**索要您的密码、身份验证器中的验证码、短信验证码、恢复码，或者解锁、重置链接——无论是通过邮件、电话还是其他任何渠道。凡是索要这些信息的都不是我们：请立即停止，并通过[官方渠道查询](/help/official-channels)核实对方身份。

## 办理流程

1. **提交工单。**登录后在[联系客服](/contact)页面提交：您的钱包号、认证等级，以及锁定、冻结和两步验证状态会自动附上。无法登录？请在未登录状态下提交，填写账户绑定的邮箱，并打开我们发送的邮件中的链接：确认之后，我们的团队才能看到工单。
2. **在工单中回答。**客服会根据您账户的情况询问相应的核验信息；请在[我的工单](/support/tickets)中或通过邮件中的链接回复。
3. **客服办理。**至少两项核验通过后，客服会为您解锁账户、关闭两步验证或解除冻结，并在工单中记录。

如有最近一笔交易的编号，请一并提供，详见[联系客服前需要准备什么](/help/what-to-prepare)。

## 办理之后

客服每次对您的账户进行操作，我们都会发邮件通知您：**“客服已解锁您的 Satchel 账户”**、**“客服已关闭您的两步验证”**或**“您的 Satchel 账户已恢复转出”**。客服关闭两步验证后，所有设备都会退出登录，并且提现将暂停 {{withdrawals.pauseAfterResetHours}}，以防申请并非您本人提出。`,
  },
};
