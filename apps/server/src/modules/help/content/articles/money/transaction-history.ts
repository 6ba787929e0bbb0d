import type { ShippedArticle } from "../../types.js";

export const transactionHistory: ShippedArticle = {
  slug: "transaction-history",
  section: "sending",
  kind: "how_to",
  tags: [
    "transaction history",
    "transactions",
    "statement",
    "csv",
    "export",
    "reference number",
    "pending",
    "reversed",
    "交易记录",
    "账单",
    "对账单",
    "流水",
    "导出",
    "交易编号",
    "明细",
  ],
  related: ["payment-failed", "send-money", "deposit-not-arrived", "what-to-prepare"],
  en: {
    title: "Where can I see my transactions and download a statement?",
    body: `Everything that moved money in or out of your wallets is on the [Transactions](/transactions) page, newest first.

## Finding a transaction

Use **Filters** to narrow the list by type, status, currency, dates, amounts, counterparty (wallet number or name) or reference. Click a transaction to see its details: amount, fee, "Total paid", who it was with, your note, and a **Timeline** of every step. Deposits and withdrawals also link to their own page ("See the deposit: status and details").

## What the statuses mean

- **Pending**: still in progress, for example a deposit waiting for your bank or a withdrawal being paid out.
- **Completed**: done; the money has moved.
- **Failed**: it did not go through and no money moved. The details say "This transaction failed", why, "What you can do:", and link to the help article. See [Why did my payment fail?](/help/payment-failed)
- **Reversed**: it was undone, for example a withdrawal that the receiving bank returned (the money is back in your wallet), or a correction by our team, which appears as its own entry.

A payment refused for not enough money, a limit or a freeze is also kept, as **Failed**, so you can see what happened.

## References

Every transaction has a **reference** such as **T7K3M-9QPA2**. Quote it when you [contact support](/contact): it lets us find the transaction at once. Upper or lower case and the dash don't matter when you search for it. For a transfer, you and the other person each have your own reference.

Don't mix it up with the **SAT-** code of a bank transfer deposit (the code you put on your bank transfer) or the deposit ID on a deposit's page: all three help us, the T… reference most.

## Downloads

- **Spreadsheet (CSV)**: "Download CSV" gives every transaction that matches your filters: reference, date and time (UTC), type, status, amount (negative when money went out), fee, currency, exchange details, counterparty, note and reason code. It opens in Excel, Chinese included.
- **Monthly statement (PDF)**: choose a month and a currency (or all) and click "Download statement". It lists the opening and closing balances and every completed transaction of the month, in your language.

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "在哪里查看交易记录、下载对账单？",
    body: `钱包中所有的资金进出都在[交易记录](/transactions)页面，最新的排在最前面。

## 查找交易

点击 **筛选**，可以按类型、状态、币种、日期、金额、交易对方（钱包号或姓名）或交易编号缩小范围。点击某笔交易可查看详情：金额、手续费、“合计支付”、交易对方、备注，以及每一步的 **处理进度**。充值和提现还会链接到各自的详情页（“查看这笔充值的状态与详情”）。

## 各种状态的含义

- **处理中**：仍在进行，例如充值在等待银行到账，或提现正在汇出。
- **已完成**：已经完成，资金已发生变动。
- **失败**：没有成功，资金没有变动。详情页会显示“这笔交易失败了”、失败原因、“你可以：”以及相关帮助文章的链接。详见[付款失败是什么原因？](/help/payment-failed)
- **已冲正**：交易已被撤回，例如被收款银行退回的提现（款项已回到您的钱包），或由我们团队进行的更正，更正会作为单独的一条记录显示。

因余额不足、超出限额或账户冻结而被拒绝的付款也会保留下来，状态为 **失败**，方便您了解发生了什么。

## 交易编号

每笔交易都有一个**交易编号**，例如 **T7K3M-9QPA2**。[联系客服](/contact)时请提供它，我们能立刻找到这笔交易。搜索时不区分大小写，短横线可填可不填。转账时，您和对方各有自己的交易编号。

请不要和银行转账充值的 **SAT-** 附言代码（您在银行转账时填写的代码）或充值详情页上的充值编号混淆：这三个都有帮助，但交易编号（T 开头）最有用。

## 下载

- **表格（CSV）**：点击“下载 CSV”，可导出符合当前筛选条件的全部交易，包括交易编号、时间（UTC）、类型、状态、金额（转出为负数）、手续费、币种、兑换信息、交易对方、备注和原因代码。可直接用 Excel 打开，中文不会乱码。
- **月度对账单（PDF）**：选择月份和币种（或全部币种），点击“下载对账单”。对账单包含当月的期初、期末余额及每一笔已完成的交易，语言与您的设置一致。

仍需帮助？请[联系客服](/contact)。`,
  },
};
