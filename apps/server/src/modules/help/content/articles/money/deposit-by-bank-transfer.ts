import type { ShippedArticle } from "../../types.js";

export const depositByBankTransfer: ShippedArticle = {
  slug: "deposit-by-bank-transfer",
  section: "deposit-methods",
  kind: "how_to",
  tags: [
    "bank transfer",
    "wire",
    "ach",
    "sepa",
    "swift",
    "iban",
    "reference",
    "SAT",
    "银行转账",
    "汇款",
    "电汇",
    "网银转账",
    "附言",
    "参考号",
    "对公账户",
  ],
  related: ["deposit-not-arrived", "payment-methods", "transaction-history"],
  en: {
    title: "How do I add money by bank transfer?",
    body: `You send the money from your own bank to our account, quoting a reference we give you. It is credited when it reaches us.

## Which transfer, how long, what it costs

| Method | Fee | Usually arrives |
| --- | --- | --- |
| {{method.bank_us_ach.name}} | {{method.bank_us_ach.fee}} | {{method.bank_us_ach.processingTime}} |
| {{method.bank_sepa.name}} | {{method.bank_sepa.fee}} | {{method.bank_sepa.processingTime}} |
| {{method.bank_cn.name}} | {{method.bank_cn.fee}} | {{method.bank_cn.processingTime}} |
| {{method.bank_swift.name}} | {{method.bank_swift.fee}} | {{method.bank_swift.processingTime}} |

You only see the transfers that work in your country and currency; countries, amounts and the verification each needs are in [Payment methods](/help/payment-methods).

## Step by step

1. Open [Add money](/deposit), choose the currency, then the bank transfer, and enter the amount.
2. Click **Add money**. You get our bank details ("Send your bank transfer to") and a **reference** such as **SAT-7K3M9QPA**.
3. In your bank's app or website, send **exactly the amount shown, in the same currency**, to those details.
4. Put the reference in the transfer's description or reference field ("Reference (required)"). Upper or lower case and spaces do not matter.
5. That's all: we credit your wallet when the money reaches our account and email you "Your deposit of … has arrived".

## Things that slow it down

- **No reference**: we cannot tell the money is yours. It waits for our team to match it by hand, which takes longer.
- **A different amount or currency**: if your bank or an intermediary bank takes a charge, less arrives than the deposit says. Our team matches it and credits what actually arrived, less our fee.
- **One reference, one transfer**: for another payment start a new deposit. A second transfer with an old reference is matched by hand.

## How long the details stay valid

The details are valid for {{bank.depositExpiryDays}} ("These details are valid until …"). If nothing has arrived by then, the deposit shows **Expired** ("No money arrived in time"). Changed your mind? Simply don't send the money: the deposit expires by itself.

If you sent the money and it hasn't arrived, use [My deposit has not arrived](/help/deposit-not-arrived).`,
  },
  "zh-CN": {
    title: "如何通过银行转账充值？",
    body: `您从自己的银行账户把钱转到我们的收款账户，并在转账时填写我们给您的附言代码。款项到达我们账户后即会入账。

## 转账方式、到账时间与手续费

| 方式 | 手续费 | 通常到账时间 |
| --- | --- | --- |
| {{method.bank_us_ach.name}} | {{method.bank_us_ach.fee}} | {{method.bank_us_ach.processingTime}} |
| {{method.bank_sepa.name}} | {{method.bank_sepa.fee}} | {{method.bank_sepa.processingTime}} |
| {{method.bank_cn.name}} | {{method.bank_cn.fee}} | {{method.bank_cn.processingTime}} |
| {{method.bank_swift.name}} | {{method.bank_swift.fee}} | {{method.bank_swift.processingTime}} |

您只会看到适用于您所在国家或地区和所选币种的方式；各方式支持的国家、金额范围和认证要求见[支付方式](/help/payment-methods)。

## 操作步骤

1. 打开[充值](/deposit)页面，选择币种和银行转账方式，输入金额。
2. 点击 **充值**。页面会显示我们的收款信息（“请将银行转账汇至”）和一个**附言代码**，例如 **SAT-7K3M9QPA**。
3. 在您的网银或手机银行中，按页面信息转账，**金额和币种须与页面显示完全一致**。
4. 在转账的附言或用途栏填写附言代码（“附言代码（必填）”），大小写和空格都不影响。
5. 完成。款项到达我们账户后即会存入您的钱包，我们会发送“您的 … 充值已到账”邮件。

## 这些情况会导致到账变慢

- **没有填写附言代码**：我们无法识别这笔钱是您的，需要等工作人员人工匹配，耗时更长。
- **金额或币种不一致**：如果您的银行或中转行扣了手续费，到账金额会少于充值单金额。工作人员会人工匹配，按实际到账金额扣除我们的手续费后入账。
- **一个代码只对应一笔转账**：要再转一笔，请重新发起充值。用旧代码再次转账的款项需要人工匹配。

## 汇款信息的有效期

收款信息的有效期为 {{bank.depositExpiryDays}}（页面显示“以上信息有效期至 …”）。到期仍未收到款项，充值会显示**已过期**（“未在有效期内收到款项”）。如果不想充了，不转账即可，充值单会自动过期。

如果钱已经汇出却迟迟没有到账，请查看[充值还没到账怎么办](/help/deposit-not-arrived)。`,
  },
};
