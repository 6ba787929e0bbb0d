import type { ShippedArticle } from "../../types.js";

export const welcomeToTheHelpCenter: ShippedArticle = {
  slug: "welcome-to-the-help-center",
  section: "service-status",
  kind: "announcement",
  tags: [
    "help center",
    "new",
    "search",
    "how to use help",
    "faq",
    "帮助中心",
    "常见问题",
    "搜索",
    "使用帮助",
    "公告",
    "中文",
  ],
  related: ["contact-support", "service-status", "what-to-prepare"],
  en: {
    title: "Welcome to the Satchel help center",
    body: `The help center answers the questions customers ask us most: signing in and security, adding and withdrawing money, sending and exchanging, verification, limits and fees. Every article is in English and Simplified Chinese.

## Search the way you talk

Type your question in the search box on any help page, in English or Chinese, in your own words. Search understands Chinese written without spaces, questions that mix Chinese and English, common typos, and the different words people use for the same thing. Suggestions appear as you type.

## Browse by topic

The [help center home](/help) lists the categories and the articles people read most. Each article links to related ones.

## Always the current numbers

Limits, fees, waiting times and review amounts in our articles come straight from the settings in force, so they are always right. For example, withdrawals of {{withdrawals.reviewOver}} or more are checked by our team before they are sent. The full list is on [Fees, limits and rules](/policies).

## Help where you need it

When a payment fails, a withdrawal is rejected or sign-in is locked, the page shows the reason and links to the article that explains it.

## Tell us what is missing

At the end of each article, answer **Was this helpful?**. If it was not, tell us why, and you can contact support straight from there. We read every comment and use it to improve the articles.

## Still need a person?

The [contact page](/contact) first suggests articles that match what you type; if none answers your question, send it as a ticket and follow our answer under [My tickets](/support/tickets). See [How to contact support](/help/contact-support).`,
  },
  "zh-CN": {
    title: "欢迎使用 Satchel 帮助中心",
    body: `帮助中心解答客户最常问我们的问题：登录与账户安全、充值与提现、转账与换汇、身份认证、限额与手续费。所有文章均提供简体中文和英文版本。

## 怎么说就怎么搜

在任意帮助页面的搜索框中，用中文或英文、用您自己的话输入问题即可。搜索能理解不带空格的中文、中英文混合的问题、常见的错别字和拼写错误，以及同一件事的不同说法。输入时还会实时给出建议。

## 按主题浏览

[帮助中心首页](/help)列出了所有分类和大家阅读最多的文章。每篇文章都附有相关文章的链接。

## 数字始终是最新的

文章中的限额、手续费、等待时间和审核金额都直接取自当前生效的设置，因此始终准确。例如，{{withdrawals.reviewOver}}及以上的提现会在汇出前由我们的团队审核。完整信息请见[手续费、限额与规则](/policies)。

## 在需要的地方提供帮助

付款失败、提现被拒或登录被锁定时，页面会显示原因，并附上解释该问题的文章链接。

## 告诉我们还缺什么

每篇文章末尾都有“这篇文章有帮助吗？”。如果没有帮助，请告诉我们原因，您也可以直接从那里联系客服。我们会阅读每一条反馈，用来改进文章。

## 还是需要人工帮助？

[联系客服](/contact)页面会先根据您输入的内容推荐相关文章；如果都没能解答您的问题，请提交工单，并在[我的工单](/support/tickets)中查看我们的答复。详见[如何联系客服](/help/contact-support)。`,
  },
};
