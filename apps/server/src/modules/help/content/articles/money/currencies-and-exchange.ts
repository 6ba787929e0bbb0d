import type { ShippedArticle } from "../../types.js";

export const currenciesAndExchange: ShippedArticle = {
  slug: "currencies-and-exchange",
  section: "sending",
  kind: "how_to",
  tags: [
    "currencies",
    "exchange",
    "convert",
    "fx",
    "exchange rate",
    "quote expired",
    "spread",
    "currency not supported",
    "换汇",
    "货币兑换",
    "汇率",
    "报价过期",
    "币种",
    "换钱",
    "外币",
  ],
  related: ["send-money", "insufficient-funds", "fees", "payment-failed"],
  en: {
    title: "Which currencies can I hold, and how do I exchange them?",
    body: `Your Satchel account can hold money in these currencies: **{{wallet.currencies}}**. Each currency has its own wallet, and you can move money between them with an exchange at any time.

## Opening a wallet

On your [dashboard](/app), use "Open a wallet in another currency"; opening one is free. A wallet also opens by itself when someone sends you a new currency or a deposit in it arrives.

## Exchanging step by step

1. Open [Exchange currency](/exchange).
2. Choose the wallet to sell from ("From wallet"), the currency you want ("To currency") and the amount to sell.
3. Click **Get quote**. You see what you sell, what you get, and the rate ("1 USD = … EUR").
4. Click **Exchange** before the countdown ends. The money is in the other wallet straight away.

## The rate and what it costs

- The rate is the market rate less a margin of {{fx.spread}}, shown on the quote as "(includes a … margin)". There is no other fee.
- The amount you get is rounded down to the smallest unit of that currency.
- A quote holds its rate for {{fx.quoteSeconds}} and can be used once.
- Exchanges between your own wallets don't count towards your sending limits.

## Messages you may see

- **"The exchange rate expired"** or **"The quote has expired"**: the time ran out (or our rates were just updated, which ends open quotes). Click **Get a new quote** and confirm within the time shown.
- **"Not enough money"**: the wallet you sell from has less available than the amount. The attempt is kept in your history as failed. See [insufficient funds](/help/insufficient-funds).
- **"Pick two different currencies"**: you chose the same currency twice.
- **"No exchange rate"**: there is no rate for that currency at the moment; try again later.
- **"Amount too small"**: after conversion it would be less than the smallest unit of the other currency.
- **"Too many decimal places"** or "This currency has no decimals: enter a whole number.": each currency has its own number of decimals, e.g. two for US dollars, none for Japanese yen.
- **"Quote not found"** or **"Currencies do not match"**: the quote or wallet no longer fits what was sent. Reload the page and get a new quote.

## "Currency not supported" or "Unsupported currency"

"Satchel wallets cannot hold this currency, or this payment method does not accept it." Choose one of the currencies above. For deposits, each method accepts certain currencies only (see [Payment methods](/help/payment-methods)): add money in one it accepts, then exchange it here.

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "支持哪些币种？如何换汇？",
    body: `您的 Satchel 账户可以持有以下币种：**{{wallet.currencies}}**。每个币种有一个独立的钱包，您可以随时通过货币兑换在它们之间转换资金。

## 开通钱包

在[账户概览](/app)页面使用“开通其他币种钱包”，开通免费。当有人向您转入新币种，或新币种的充值到账时，也会自动开通对应钱包。

## 换汇步骤

1. 打开[货币兑换](/exchange)页面。
2. 选择卖出的钱包（“从钱包”）、想要的币种（“兑换为”）和卖出金额。
3. 点击 **获取报价**，页面会显示卖出多少、获得多少以及汇率（“1 USD = … EUR”）。
4. 在倒计时结束前点击 **确认兑换**，资金会立即进入另一个钱包。

## 汇率与费用

- 汇率为市场中间价减去 {{fx.spread}} 的价差，报价上会注明“（含 … 的价差）”，没有其他手续费。
- 您获得的金额会向下取整到该币种的最小单位。
- 每个报价的汇率保留 {{fx.quoteSeconds}}，且只能使用一次。
- 在自己的钱包之间换汇，不占用转账限额。

## 可能看到的提示

- **“汇率报价已过期”** 或 **“报价已过期”**：报价时间已到（或我们刚刚更新了汇率，未使用的报价会随之失效）。请点击 **重新获取报价**，并在显示的时间内确认。
- **“余额不足”**：卖出钱包的可用余额低于兑换金额。这次尝试会作为失败交易记入交易记录。详见[提示余额不足怎么办](/help/insufficient-funds)。
- **“请选择两种不同的币种”**：您选了同一个币种。
- **“暂无汇率”**：该币种目前没有汇率，请稍后再试。
- **“金额过小”**：兑换后的金额小于另一币种的最小单位。
- **“小数位数过多”** 或“该币种没有小数单位，请输入整数。”：每种货币的小数位数不同，例如美元两位，日元没有小数。
- **“未找到报价”** 或 **“币种不一致”**：报价或钱包与提交的内容对不上。请刷新页面，重新获取报价。

## 提示“不支持该币种”或“不支持的币种”

“Satchel 钱包不支持持有该币种，或该支付方式不接受该币种。”请选择上面列出的币种。充值时，每种方式只接受特定币种（见[支付方式](/help/payment-methods)）：可以先用支持的币种充值，再在这里兑换。

仍需帮助？请[联系客服](/contact)。`,
  },
};
