import type { ShippedArticle } from "../../types.js";

export const identityVerification: ShippedArticle = {
  slug: "identity-verification",
  section: "verification",
  kind: "faq",
  tags: [
    "verify identity",
    "kyc",
    "verification level",
    "level 1",
    "level 2",
    "unverified",
    "身份认证",
    "实名认证",
    "认证等级",
    "kyc认证",
    "验证身份",
    "升级认证",
    "基础认证",
    "完整认证",
  ],
  related: ["verification-documents", "limits", "withdrawals"],
  en: {
    title: "Verifying your identity: levels and what each allows",
    body: `Verifying your identity raises your limits and lets you withdraw. You move up on the [verification page](/verification).

| Level | What we need | How you get it |
| --- | --- | --- |
| 0 Unverified | just your account | from the start; small deposits, no withdrawals |
| 1 Basic | your legal name, date of birth (18 or older), address and a verified phone number | at once, as soon as all four are there |
| 2 Full | level 1 plus an identity document, a selfie and a proof of address | after a check by our team |

## What each level allows

{{table.limits}}

Amounts are in US dollars; other currencies count at their USD value. The limits are per transaction, per day and per month (days and months in UTC). More in [Limits](/help/limits).

## Get level 1

1. On the [verification page](/verification), fill in **Step 1: your details** exactly as on your identity document, and click **Save details**.
2. If your phone is not verified yet, verify it on your [profile](/app/profile) with the 6-digit code we text you.

With both done you see "Saved. You are now at level 1." You must be 18 or older.

## Get level 2

1. In **Step 2: your documents**, upload the three documents (see [Documents for verification](/help/verification-documents)).
2. In **Step 3: send for review**, click **Send for review**.

"We are reviewing your documents": this usually takes less than one business day, and we email you the result. While the review is pending nothing can be changed ("Already under review").

## If full verification is not approved

The page shows "Your full verification was not approved", what our reviewer says, and marks each document to **Upload again**. Replace those and send it again. Your current level and limits stay as they are meanwhile.

## Other messages

- **"Some details are still missing"**: the checklist **What we need** shows what to add.
- **"Verify your identity first"**: what you tried needs a higher level than your account has.
- **"Already verified"**: you already have that level.
- **"File type not accepted"**, **"File too large"** or **"The file is empty"**: see [Documents for verification](/help/verification-documents) for the files we accept, up to {{kyc.maxUploadMb}} each.
- **"Verified details cannot be changed here"**: once you are fully verified, [contact support](/contact) to change your legal name, date of birth, address or documents.`,
  },
  "zh-CN": {
    title: "身份认证：各等级需要什么、能做什么",
    body: `完成身份认证可以提高限额并开通提现，在[身份认证](/verification)页面即可升级。

| 等级 | 需要提供 | 如何获得 |
| --- | --- | --- |
| 0 级 未认证 | 只需注册账户 | 注册即有；可小额充值，不能提现 |
| 1 级 基础认证 | 真实姓名、出生日期（须年满 18 周岁）、住址和已验证的手机号 | 四项齐全后立即自动获得 |
| 2 级 完整认证 | 1 级的全部资料，加上身份证件、自拍照和住址证明 | 由我们的团队审核通过后获得 |

## 各等级的限额

{{table.limits}}

金额以美元计，其他币种按美元价值折算。限额分为单笔、每日和每月（按 UTC 时间计算日和月）。详见[限额说明](/help/limits)。

## 获得 1 级认证

1. 在[身份认证](/verification)页面填写“第 1 步：个人资料”，信息须与身份证件一致，然后点击“保存资料”。
2. 如果手机号还没验证，请到[个人资料](/app/profile)页面，输入我们发送的 6 位短信验证码完成验证。

两项都完成后，页面会显示“已保存。您现在是 1 级认证。”认证须年满 18 周岁。

## 获得 2 级认证

1. 在“第 2 步：上传证件”中上传三份材料（见[身份认证需要上传哪些证件](/help/verification-documents)）。
2. 在“第 3 步：提交审核”中点击“提交审核”。

页面会显示“我们正在审核您的证件”，通常不超过一个工作日，结果会通过邮件通知您。审核期间无法修改资料（会提示“正在审核中”）。

## 完整认证未通过

页面会显示“您的完整认证未通过”、审核人员的说明，并把需要重新提交的证件标为“需重新上传”。重新上传后再次提交即可。在此期间，您当前的等级和限额保持不变。

## 其他提示

- **“部分资料尚未提供”**：“需要提供的资料”清单会列出还缺什么。
- **“请先完成身份认证”**：您要进行的操作需要更高的认证等级。
- **“已完成认证”**：您已经是该等级了。
- **“不支持的文件类型”“文件过大”或“文件为空”**：可接受的文件格式见[身份认证需要上传哪些证件](/help/verification-documents)，每个文件不超过 {{kyc.maxUploadMb}}。
- **“已认证的资料无法在此修改”**：完成完整认证后，如需修改真实姓名、出生日期、住址或证件，请[联系客服](/contact)。`,
  },
};
