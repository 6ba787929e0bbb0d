import type { ShippedArticle } from "../../types.js";

export const privacyAndYourData: ShippedArticle = {
  slug: "privacy-and-your-data",
  section: "limits-and-fees",
  kind: "policy",
  tags: [
    "privacy",
    "personal data",
    "my data",
    "data protection",
    "what do you store",
    "documents",
    "隐私",
    "个人信息",
    "个人数据",
    "数据安全",
    "信息泄露",
    "保存哪些信息",
  ],
  related: ["verification-documents", "sessions-and-login-alerts", "policies-and-terms", "account-security"],
  en: {
    title: "What does Satchel store about me, and who can see it?",
    body: `Here is what Satchel keeps about you, why, and how it is protected.

## Your account

- Your email address, name, country, language, phone number (if you add one) and your wallet number.
- Your password only as a one-way hash: nobody at Satchel can read it.
- Your anti-phishing code, and your two-step verification settings. The authenticator secret is stored encrypted.

## Sign-ins and devices

- **Devices signed in**: the browser, system, IP address and when each was last used. You see them in your [security center](/app/security) and can sign any of them out.
- **Login history**: every sign-in and failed attempt with its IP address and browser. The security center shows the last 90 days.
- A security log of changes such as password resets, two-step verification changes and locks, so we can warn you and help you if something goes wrong.

## Identity verification

- The details you enter: legal name, date of birth and address.
- The documents you upload: identity document, selfie and proof of address. We keep them on file, including earlier uploads you replaced or that were not accepted, as the record of each review. Only the staff who review verifications can open them, and every view is recorded.

## Money

- Your wallets, balances and every transaction, with references and dates.
- **Cards**: for a deposit, your full card number goes to the card provider only; we keep the brand, the last 4 digits and the expiry date. For a card you withdraw to, we keep only the provider's token.
- **Payout destinations**: bank and e-wallet details are stored encrypted and only ever shown masked.

## Help center and support

When you are signed in, your help-center searches and feedback are linked to your account. A support ticket you send signed in is kept with your account, together with your name, email, wallet number, verification level, whether your account is locked or frozen, whether two-step verification is on and whether your email is confirmed, so we can help without asking again. The transactions you attach are kept as they were at that moment, with the screenshots you add; only you and our support staff can open them. A ticket sent without signing in keeps the name and email address you gave. Staff notes on a ticket and every action taken from it are recorded with who did it and when.

## Staff access

What a member of staff can see depends on their role: for example, only reviewers can open identity documents. Actions staff take on your account, such as unlocking, freezing or reviewing, are recorded with who did it and when.

## Your own copy and questions

You can download your transactions as CSV or a monthly statement as PDF from [Transactions](/transactions). For any other question about your data, [contact support](/contact).`,
  },
  "zh-CN": {
    title: "Satchel 保存了我的哪些信息？谁能看到？",
    body: `以下是 Satchel 保存的关于您的信息、保存的原因以及保护方式。

## 账户信息

- 您的邮箱、姓名、国家或地区、语言、手机号（如已添加）以及钱包号。
- 密码只以不可逆的哈希形式保存：Satchel 的任何人都无法读取。
- 您的防钓鱼码和两步验证设置。身份验证器的密钥加密保存。

## 登录与设备

- **已登录的设备**：浏览器、系统、IP 地址和最近使用时间。您可以在[安全中心](/app/security)查看，并将任意设备退出登录。
- **登录记录**：每次登录和失败尝试，以及对应的 IP 地址和浏览器。安全中心显示最近 90 天的记录。
- 安全日志：记录重置密码、变更两步验证、账户锁定等操作，以便在出现异常时提醒您、帮助您。

## 身份认证

- 您填写的资料：真实姓名、出生日期和住址。
- 您上传的证件：身份证件、自拍照和住址证明。我们会将其存档，包括被替换或未通过审核的旧文件，作为每次审核的记录。只有负责审核认证的工作人员可以查看，每次查看都会被记录。

## 资金

- 您的钱包、余额和每一笔交易，以及交易编号和日期。
- **银行卡**：充值时，完整卡号只会发送给银行卡服务机构；我们只保存卡组织、卡号末 4 位和有效期。对于用于提现的银行卡，我们只保存服务机构提供的令牌。
- **收款账户**：银行账户和电子钱包信息加密保存，任何时候都只显示脱敏信息。

## 帮助中心与客服

登录状态下，您在帮助中心的搜索和反馈会与您的账户关联。您登录后提交的工单会与您的账户一起保存，并附上您的姓名、邮箱、钱包号、认证等级、账户是否被锁定或冻结、是否开启两步验证以及邮箱是否已验证，这样客服无需再次询问即可帮助您。您附上的交易会按提交时的状态保存，您添加的截图也会一并保存，只有您本人和我们的客服人员可以查看。未登录时提交的工单会保存您填写的姓名和邮箱。工单中的客服备注以及基于工单进行的每项操作都会被记录，包括操作人和时间。

## 工作人员的访问

工作人员能看到哪些信息取决于其岗位，例如只有审核人员才能查看身份证件。工作人员对您账户的操作（如解锁、冻结、审核）都会被记录，包括操作人和时间。

## 导出数据与咨询

您可以在[交易记录](/transactions)页面下载 CSV 格式的交易记录或 PDF 格式的月度对账单。关于您数据的其他问题，请[联系客服](/contact)。`,
  },
};
