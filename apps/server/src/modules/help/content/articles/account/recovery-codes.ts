import type { ShippedArticle } from "../../types.js";

export const recoveryCodes: ShippedArticle = {
  slug: "recovery-codes",
  section: "two-factor",
  kind: "faq",
  tags: [
    "recovery codes",
    "backup codes",
    "recovery code",
    "new recovery codes",
    "lost recovery codes",
    "恢复码",
    "备用码",
    "备份码",
    "救援码",
    "恢复代码",
    "恢复码用完",
  ],
  related: ["two-factor-authentication", "lost-phone-2fa", "account-security", "support-identity-checks"],
  en: {
    title: "What are recovery codes and how do I use them?",
    body: `Recovery codes are your way back in if you lose the phone with your authenticator app. When you turn on the [authenticator app](/help/two-factor-authentication), we show you **10 recovery codes, only once**. Each one works **once**, in place of a code from the app.

## Keep them safe

Click **Copy all** or **Download .txt**, or write them down, then click **I've saved them**. Keep them somewhere you can reach without your phone: a password manager, or a printed copy at home. Never share them: Satchel support will never ask for a recovery code.

## Using a recovery code

- **When you log in:** after your password, click **Use a recovery code** and type one, for example 1a2b-3c4d-5e6f. Upper or lower case and dashes don't matter.
- **Everywhere else a code is asked for** — resetting your password, confirming it's you, withdrawing money — you can enter a recovery code instead of the 6-digit code.

A used code stops working. Your [security center](/app/security#two-factor) shows **Recovery codes left**.

## Running low, or codes lost?

Click **New recovery codes** in the security center. You are asked to confirm: **"Create 10 new recovery codes? The ones you have now will stop working."** Save the new ones straight away. You may need to confirm it's you with a code from your app first.

The [security checkup](/help/account-security) shows **"Keep enough recovery codes"** as to do when fewer than 3 are left.

## Good to know

- Recovery codes come with the authenticator app only. If you use only text-message codes, you have none.
- Turning off the authenticator app deletes your recovery codes; turning it on again gives you 10 new ones.
- Lost your phone **and** your recovery codes? Support can turn off two-step verification after checking your identity — see [lost phone](/help/lost-phone-2fa).`,
  },
  "zh-CN": {
    title: "恢复码是什么？怎么用？",
    body: `恢复码是您丢失装有身份验证器应用的手机后重新登录的凭证。开启[身份验证器应用](/help/two-factor-authentication)时，我们会显示 **10 个恢复码，仅显示这一次**。每个恢复码可以代替应用中的验证码**使用一次**。

## 妥善保管

点击**全部复制**或**下载 .txt 文件**，或者抄写下来，然后点击**我已保存**。请把它们放在不用手机也能拿到的地方，例如密码管理器，或者打印出来放在家里。请勿告诉任何人：Satchel 客服绝不会索要恢复码。

## 如何使用恢复码

- **登录时**：输入密码后，点击**使用恢复码**并输入其中一个，例如 1a2b-3c4d-5e6f。大小写和短横线都不影响。
- **其他需要验证码的地方**，比如重置密码、确认本人操作、提现，也都可以用恢复码代替 6 位验证码。

用过的恢复码会立即失效。[安全中心](/app/security#two-factor)会显示**剩余恢复码**的数量。

## 快用完了或者弄丢了？

在安全中心点击**生成新的恢复码**，系统会提示：**“确定要生成 10 个新的恢复码吗？你现有的恢复码将全部失效。”**请立即保存新的恢复码。操作前可能需要先输入应用中的验证码确认本人。

剩余恢复码少于 3 个时，[安全体检](/help/account-security)会把**“保留足够的恢复码”**显示为待完成。

## 注意事项

- 只有使用身份验证器应用时才有恢复码。如果只使用短信验证码，则没有恢复码。
- 关闭身份验证器应用会删除您的恢复码；重新开启后会获得 10 个新的恢复码。
- 手机**和**恢复码都丢了？客服可以在核实身份后为您关闭两步验证，详见[手机丢失怎么办](/help/lost-phone-2fa)。`,
  },
};
