import type { ShippedArticle } from "../../types.js";

export const paymentFailed: ShippedArticle = {
  slug: "payment-failed",
  section: "payment-failures",
  kind: "troubleshooting",
  tags: [
    "payment failed",
    "transaction failed",
    "failure reason",
    "why did it fail",
    "error",
    "cancelled",
    "reversed",
    "付款失败",
    "交易失败",
    "支付失败",
    "失败原因",
    "转账失败",
    "为什么失败",
    "已冲正",
  ],
  related: ["transaction-history", "network-problems-and-retrying", "insufficient-funds", "card-declined"],
  en: {
    title: "Why did my payment fail?",
    body: `Open the failed transaction in [Transactions](/transactions): it shows the reason's title, what it means, "What you can do:" and a link to the right article. When a payment fails, **no money moves**; for a withdrawal, the money is back in your wallet. Here is every reason, grouped by what to do.

## Try again, now or a bit later

- **The connection timed out**: we did not get an answer in time. We check the result automatically and will not charge you twice: wait a few minutes and look at the transaction before retrying. See [Network problems and retrying](/help/network-problems-and-retrying).
- **Our payment partner is unavailable**: the bank or partner did not answer; no money moved. Try later or use another method.
- **Under maintenance**: the method was in a planned maintenance window, so nothing started. See [Maintenance and outages](/help/maintenance-and-outages).
- **The card could not be processed**: a card network error; you were not charged.
- **The exchange rate expired**: get a new quote and confirm it in time ([exchange](/help/currencies-and-exchange)).

## Change something, then try again

- **Not enough money in the wallet**: [insufficient funds](/help/insufficient-funds).
- **Over your limit**, **Amount below the minimum**, **Amount above the maximum**: [Limits](/help/limits).
- **Recipient not found**: [Send money](/help/send-money).
- **Currency not supported**: [Currencies and exchange](/help/currencies-and-exchange).
- **Not available in your region**: [method not available](/help/method-not-available-in-region).
- **Identity verification needed**: [verify your identity](/help/identity-verification).
- **The card was declined**, **Not enough money on the card**, **The card was reported lost**, **The card was reported stolen**, **The card has expired**, **The security code was wrong**, **Card details are not right**, **Card verification failed**: [My card was declined](/help/card-declined).
- **Payment not approved**, **No money arrived in time**: [My deposit has not arrived](/help/deposit-not-arrived).

## A withdrawal came back

**The receiving bank returned the money**, **Returned by the receiving bank**, **The payout details were refused**, **Not approved by our review**: the money is back in your wallet. See [My withdrawal was rejected](/help/withdrawal-rejected).

## Talk to us first

- **Outgoing payments are frozen**: [My account is frozen](/help/account-frozen).
- **Stopped for your protection**: our checks thought it might not be you. If it was you, contact support; if not, change your password now ([suspicious activity](/help/suspicious-activity)).

## Not a problem

- **Cancelled by you**: you cancelled it before it finished and any reserved money was released. Nothing to do.
- **Reversed by Satchel**: our team reversed it, for example to correct an error; the reversal is its own entry. If you didn't expect it, [contact support](/contact) with the reference.`,
  },
  "zh-CN": {
    title: "付款失败是什么原因？",
    body: `在[交易记录](/transactions)中打开这笔失败的交易：页面会显示失败原因、具体说明、“你可以：”以及相关帮助文章的链接。付款失败时**资金不会变动**；如果是提现，款项已退回您的钱包。下面按处理方式列出所有失败原因。

## 现在或稍后重试即可

- **连接超时**：未能及时收到响应。我们会自动核查结果，不会重复扣款：请等几分钟，先查看交易状态再决定是否重试。详见[网络中断后重试](/help/network-problems-and-retrying)。
- **支付合作方暂不可用**：银行或合作方没有响应，资金未发生变动。请稍后重试或改用其他方式。
- **系统维护中**：该方式正处于计划维护时段，操作未被执行。详见[支付方式维护与故障](/help/maintenance-and-outages)。
- **银行卡处理出错**：卡组织处理时出错，您未被扣款。
- **汇率报价已过期**：请重新获取报价并及时确认（见[货币兑换](/help/currencies-and-exchange)）。

## 调整后再试

- **钱包余额不足**：见[提示余额不足怎么办](/help/insufficient-funds)。
- **超出限额**、**金额低于下限**、**金额超过上限**：见[限额说明](/help/limits)。
- **未找到收款人**：见[如何给别人转账](/help/send-money)。
- **不支持该币种**：见[币种与换汇](/help/currencies-and-exchange)。
- **您所在地区不可用**：见[我所在的地区不能用某种支付方式](/help/method-not-available-in-region)。
- **需要身份认证**：见[身份认证](/help/identity-verification)。
- **银行卡被拒绝**、**银行卡余额不足**、**该卡已挂失**、**该卡已被报告被盗**、**银行卡已过期**、**安全码错误**、**银行卡信息有误**、**银行卡验证未通过**：见[银行卡被拒绝了怎么办](/help/card-declined)。
- **付款未获批准**、**未在有效期内收到款项**：见[充值还没到账怎么办](/help/deposit-not-arrived)。

## 提现被退回

**收款银行退回了款项**、**被收款银行退回**、**收款信息被拒绝**、**未通过审核**：款项已回到您的钱包。详见[提现被拒绝了怎么办](/help/withdrawal-rejected)。

## 请先联系我们

- **转出功能已冻结**：见[账户被冻结了怎么办](/help/account-frozen)。
- **为保护您的账户已拦截**：风控检查认为这笔付款可能并非您本人操作。如果是您本人，请联系客服确认；如果不是，请立即修改密码（见[发现可疑活动](/help/suspicious-activity)）。

## 无需处理

- **已由您取消**：您在完成前取消了操作，预留资金均已释放，无需任何操作。
- **已被 Satchel 冲正**：我们的团队冲正了这笔交易，例如为了更正错误，冲正会作为单独的一条记录显示。如有疑问，请[联系客服](/contact)并提供交易编号。`,
  },
};
