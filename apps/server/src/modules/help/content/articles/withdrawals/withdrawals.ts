import type { ShippedArticle } from "../../types.js";

export const withdrawals: ShippedArticle = {
  slug: "withdrawals",
  section: "withdrawing",
  kind: "how_to",
  tags: [
    "withdraw",
    "withdrawal",
    "how to withdraw",
    "cash out",
    "payout",
    "withdraw to bank",
    "提现",
    "取款",
    "出金",
    "提款",
    "提现流程",
    "提现条件",
    "提到银行卡",
    "转出",
  ],
  related: ["payout-destinations", "cancel-withdrawal", "withdrawal-not-received", "limits"],
  en: {
    title: "How do I withdraw money to my bank, card or e-wallet?",
    body: `You withdraw on the [Withdraw](/withdraw) page, to a bank account, card or e-wallet you have saved as a payout destination. The amount arrives in full at the destination; the fee is added on top and taken from your wallet.

## Before your first withdrawal

1. **Turn on two-step verification** in your [security center](/app/security). Every withdrawal asks for a code.
2. **Verify your identity to level 1** on the [verification page](/verification): your legal name, date of birth, address and a verified phone number. Level 0 accounts cannot withdraw. Some methods need level 2; each method shows the level it needs.
3. **Add a payout destination** on [Payout destinations](/payout-destinations). For your safety a new destination can be used {{destinations.holdHours}} after you add it. See [Adding a payout destination](/help/payout-destinations).

## Withdraw step by step

1. Open [Withdraw](/withdraw).
2. Under **Send to**, choose the destination.
3. Under **From wallet**, choose the currency and enter the **Amount**. The page shows the fee, what **Arrives at the destination** and what is **Taken from your wallet**.
4. Enter your **Two-factor code**: the 6-digit code from your authenticator app, a text-message code if you use SMS codes, or a recovery code.
5. Click **Withdraw**.

## What happens next

The amount plus the fee is set aside in your wallet at once (it shows as held), and the withdrawal gets its own page with every step. We email you at each step.

- **Requested**: we start sending it shortly.
- **In review**: our team checks it first when it is the first withdrawal to this destination, or when the amount is {{withdrawals.reviewOver}} or more. This usually takes less than one business day.
- **Processing**: the money is on its way. From now on it can no longer be canceled.
- **Paid**: the money has left Satchel and arrives within the method's processing time.

You can [cancel a withdrawal](/help/cancel-withdrawal) while it is Requested or In review. If you see "Cannot be canceled now", it has already been handed to the bank or provider.

## If the withdrawal is refused

When something is missing, the page says what and nothing is withdrawn: for example "Turn on two-factor authentication", "Verify your identity first", "Over your limit" or "New destination not usable yet". Fix that and try again (the code you entered is used up, so enter a fresh one). Your limits are in [Limits](/help/limits) and the fees in [Fees](/help/fees).

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何提现？提现步骤和条件",
    body: `在[提现](/withdraw)页面，您可以把钱提到已保存的收款账户：银行账户、银行卡或电子钱包。收款方会收到全额，手续费另外从您的钱包中扣除。

## 第一次提现前

1. **开启两步验证**：在[安全中心](/app/security)设置。每次提现都需要输入验证码。
2. **完成 1 级身份认证**：在[身份认证](/verification)页面填写真实姓名、出生日期、住址，并验证手机号。0 级账户无法提现；部分提现方式需要 2 级认证，每种方式都会注明所需等级。
3. **添加收款账户**：在[收款账户](/payout-destinations)页面添加。为保障资金安全，新添加的收款账户需等待 {{destinations.holdHours}}后才能使用，详见[如何添加收款账户](/help/payout-destinations)。

## 提现步骤

1. 打开[提现](/withdraw)页面。
2. 在“提现到”中选择收款账户。
3. 在“从钱包”中选择币种并输入“金额”。页面会显示“手续费”“收款方收到”的金额和“从钱包扣除”的金额。
4. 输入“两步验证码”：身份验证器应用中的 6 位验证码、短信验证码（如果您使用短信验证），或一个恢复码。
5. 点击“提现”。

## 提交之后

金额加手续费会立即在钱包中冻结（显示为冻结金额），每笔提现都有单独的详情页，记录每一步进度，每一步我们都会发邮件通知您。

- **已申请**：我们很快会开始汇出。
- **审核中**：首次提现到该收款账户，或金额达到 {{withdrawals.reviewOver}}及以上时，我们的团队会先审核，通常不超过一个工作日。
- **汇出中**：资金正在汇往收款账户，此时已无法取消。
- **已汇出**：资金已离开 Satchel，会在该方式的到账时间内到账。

在“已申请”或“审核中”状态下，您可以[取消提现](/help/cancel-withdrawal)。如果提示“目前无法取消”，说明这笔提现已交给银行或支付机构处理。

## 提现被拦下时

如果缺少条件，页面会直接说明原因，且不会发生任何提现，例如“请开启两步验证”“请先完成身份认证”“超出限额”或“新收款方式暂不可用”。处理好之后重试即可（已输入的验证码已失效，请输入新的验证码）。限额请见[限额说明](/help/limits)，手续费请见[手续费说明](/help/fees)。

仍需帮助？[联系客服](/contact)。`,
  },
};
