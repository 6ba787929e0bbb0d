/**
 * Groups of words customers use for the same thing, seeded into the editable synonym list
 * (staff change them under /admin/help/synonyms). Chinese and English side by side, so a
 * question in either language finds articles in both; colloquial forms and common misspellings
 * (登陆 for 登录) included. Each group: 2 to 20 terms of at most 40 characters (the limits of
 * the staff API). Chinese terms match inside a question without spaces, so very short or
 * ambiguous ones (卡, 认证, 支持) are left out: they would fire inside unrelated words.
 */
// biome-ignore format: one group per line reads (and reviews) best
export const shippedSynonyms: string[][] = [
  // Moving money in and out
  ["提现", "取款", "出金", "提款", "取钱", "提钱", "提取资金", "withdraw", "withdrawal", "cash out", "payout", "take out money"],
  ["充值", "入金", "存款", "存钱", "充钱", "加钱", "deposit", "top up", "top-up", "add money", "add funds", "load money"],
  ["到账", "入账", "到钱", "进账", "arrive", "arrived", "credited", "received", "show up", "not received"],
  ["转账", "汇款", "打钱", "转钱", "付钱给", "send money", "transfer", "pay someone", "p2p"],
  ["银行转账", "电汇", "网银转账", "银行汇款", "bank transfer", "wire", "wire transfer", "ach", "sepa", "swift"],
  ["收款", "收钱", "收款码", "receive money", "get paid", "request money", "payment request"],
  ["付款", "支付", "付钱", "买东西", "pay", "payment", "purchase", "checkout"],
  ["退款", "退钱", "返还", "refund", "money back", "reimburse", "reimbursement"],
  ["取消", "撤销", "撤回", "不要了", "cancel", "cancellation", "revoke", "undo"],
  ["余额", "账户余额", "钱包余额", "可用余额", "balance", "available balance"],
  ["余额不足", "资金不足", "钱不够", "余额不够", "insufficient funds", "insufficient balance", "not enough money"],
  ["手续费", "费用", "收费", "服务费", "扣费", "费率", "fee", "fees", "charge", "cost", "commission"],
  ["限额", "额度", "上限", "限制", "最高额度", "limit", "limits", "maximum", "cap"],
  ["提高限额", "提升额度", "提额", "升级", "提升等级", "raise limit", "increase limit", "higher limit", "upgrade"],
  ["换汇", "兑换", "汇率", "货币兑换", "外汇", "exchange", "convert", "conversion", "fx", "exchange rate"],
  ["美元", "美金", "usd", "us dollar", "dollar", "dollars"],
  ["人民币", "rmb", "cny", "yuan", "renminbi"],
  ["欧元", "eur", "euro", "euros"],
  ["港币", "港元", "hkd", "hong kong dollar"],
  ["英镑", "gbp", "pound", "pounds sterling"],
  ["处理中", "审核中", "待处理", "等待中", "还在处理", "pending", "processing", "in review", "under review"],
  ["多久", "多长时间", "要多久", "几天", "什么时候到", "how long", "processing time", "when will", "eta"],
  ["延迟", "很慢", "延误", "太慢", "迟迟", "delay", "delayed", "slow", "late", "taking long"],
  ["被拒", "拒绝", "失败", "不通过", "未通过", "驳回", "没成功", "declined", "rejected", "failed", "denied", "refused", "unsuccessful"],
  ["交易记录", "交易明细", "流水", "账单", "历史记录", "transaction history", "statement", "history"],
  ["交易参考号", "交易号", "流水号", "参考号", "单号", "reference", "transaction id", "reference number", "transaction reference"],

  // Cards and methods
  ["银行卡", "信用卡", "借记卡", "储蓄卡", "卡片", "card", "credit card", "debit card", "bank card", "visa", "mastercard"],
  ["卡号", "卡信息", "有效期", "安全码", "cvv", "cvc", "card number", "card details", "expiry date", "expiration date"],
  ["3ds", "3d secure", "3-d secure", "3d验证", "银行验证", "bank verification"],
  ["支付宝", "alipay", "zhifubao"],
  ["微信", "微信支付", "wechat", "wechat pay", "weixin"],
  ["银联", "unionpay", "union pay"],
  ["二维码", "扫码", "扫一扫", "qr code", "qr", "scan"],
  ["地区", "国家", "区域", "所在地", "不支持地区", "region", "country", "location", "not available in my region"],

  // Signing in and security
  ["登录", "登陆", "登入", "登不上", "进不去", "上不去", "log in", "login", "sign in", "signin", "log on"],
  ["注册", "开户", "创建账户", "新用户", "sign up", "signup", "register", "registration", "create account", "open account"],
  ["账户", "账号", "帐户", "帐号", "户口", "account", "my account", "profile"],
  ["钱包", "电子钱包", "wallet", "e-wallet", "ewallet"],
  ["钱包号", "钱包编号", "账户号码", "账号号码", "wallet number", "wallet id", "account number"],
  ["冻结", "锁定", "封号", "被锁", "锁住", "被封", "停用", "锁了", "locked", "lockout", "lock out", "frozen", "blocked", "suspended", "disabled"],
  ["解锁", "解冻", "解封", "恢复账户", "unlock", "unfreeze", "unblock", "reactivate", "restore access"],
  ["忘记密码", "找回密码", "重置密码", "密码忘了", "忘了密码", "不记得密码", "forgot password", "forgotten password", "reset password", "password reset", "recover password", "lost password"],
  ["密码错误", "密码不对", "输错密码", "密码输错", "wrong password", "incorrect password", "invalid password", "bad password"],
  ["修改密码", "更改密码", "换密码", "改密码", "change password", "update password", "new password"],
  ["强密码", "安全密码", "密码强度", "复杂密码", "strong password", "secure password", "password strength", "good password"],
  ["二次验证", "双重认证", "两步验证", "双因素", "双因素认证", "双重验证", "二步验证", "两步认证", "2fa", "two-factor", "two factor", "2-step", "two-step", "mfa", "multi-factor", "authenticator", "验证器", "身份验证器", "谷歌验证器", "google authenticator"],
  ["验证码", "动态码", "校验码", "一次性密码", "动态密码", "verification code", "sms code", "one-time code", "one-time password", "otp", "security code"],
  ["短信", "手机短信", "sms", "text message", "texts"],
  ["恢复码", "备用码", "救援码", "备份码", "recovery code", "recovery codes", "backup code", "backup codes"],
  ["丢失手机", "手机丢了", "换手机", "手机被偷", "换了手机", "新手机", "lost phone", "new phone", "stolen phone", "changed phone", "lost my phone"],
  ["手机号", "手机号码", "电话号码", "电话", "phone number", "mobile number", "phone", "mobile"],
  ["邮箱", "电子邮件", "邮件", "电邮", "email", "e-mail", "mail", "inbox"],
  ["钓鱼", "诈骗", "骗子", "欺诈", "骗局", "被骗", "假冒", "冒充", "phishing", "scam", "fraud", "fake", "scammer", "impersonation"],
  ["防钓鱼码", "防伪码", "反钓鱼码", "防钓鱼", "anti-phishing code", "anti-phishing", "antiphishing", "security phrase"],
  ["官方", "官方渠道", "真假", "是不是官方", "真的吗", "official", "genuine", "legit", "legitimate", "authentic"],
  ["可疑交易", "异常交易", "陌生交易", "不认识的交易", "盗刷", "未授权交易", "suspicious transaction", "unauthorized transaction", "unknown transaction", "unrecognized payment", "unrecognized transaction", "don't recognize", "fraudulent charge", "不认识这笔"],
  ["被盗", "盗号", "被黑", "账户被盗", "被入侵", "hacked", "compromised", "stolen account", "account takeover", "someone else logged in"],
  ["安全", "账户安全", "安全设置", "security", "secure", "safety", "protect"],
  ["关闭账户", "注销账户", "销户", "注销", "删除账户", "close account", "delete account", "deactivate", "close my account"],
  ["隐私", "个人信息", "个人数据", "privacy", "personal data", "personal information", "gdpr"],

  // Verification (KYC)
  ["实名认证", "身份验证", "实名", "身份认证", "验证身份", "核验身份", "kyc", "verify identity", "identity verification", "verification", "verify my identity"],
  ["验证等级", "认证等级", "账户等级", "等级", "级别", "verification level", "level", "tier", "account level"],
  ["身份证", "证件", "护照", "驾照", "驾驶证", "id card", "passport", "identity document", "driving licence", "driver's license", "id document"],
  ["地址证明", "住址证明", "水电费账单", "居住证明", "proof of address", "utility bill", "address proof"],
  ["自拍", "人脸识别", "刷脸", "活体检测", "selfie", "face verification", "liveness", "face scan"],

  // Getting help and service status
  ["客服", "人工", "人工客服", "转人工", "真人", "联系我们", "联系客服", "在线客服", "服务台", "support", "contact", "agent", "customer service", "help desk", "human", "contact us", "real person", "talk to someone"],
  ["工单", "工单号", "工单编号", "我的工单", "申诉", "投诉", "ticket", "tickets", "support ticket", "my tickets", "ticket number", "support case", "case number", "complaint"],
  ["进度", "处理进度", "进展", "跟进", "催单", "ticket status", "follow up", "follow-up", "progress", "any update", "status of my ticket"],
  ["回复", "答复", "回信", "reply", "replied", "respond"],
  ["没人回复", "没有回复", "还没回复", "不回复", "没人理", "no reply", "no answer", "no response", "not answered", "nobody answered"],
  ["标记为已解决", "结单", "关闭工单", "mark as solved", "mark solved", "close ticket", "close my ticket"],
  ["重新打开", "重开工单", "reopen", "reopen ticket", "open again"],
  ["评价", "评分", "打分", "满意度", "满意度调查", "rating", "survey", "satisfaction", "rate support"],
  ["未登录", "没登录", "不登录", "没有账户", "没账号", "without signing in", "not signed in", "without logging in", "not logged in", "without an account", "guest"],
  ["营业时间", "工作时间", "服务时间", "客服时间", "几点", "opening hours", "business hours", "support hours", "hours", "response time"],
  ["截图", "屏幕截图", "截屏", "screenshot", "screen capture", "screen shot"],
  ["维护", "宕机", "故障", "停机", "系统维护", "打不开", "用不了", "崩了", "服务中断", "outage", "maintenance", "down", "not working", "service down", "unavailable"],
  ["状态页", "服务状态", "系统状态", "运行状态", "status page", "service status", "system status", "status website"],
  ["网络", "网络问题", "断网", "网络错误", "超时", "没网", "network", "connection", "internet", "timeout", "connectivity", "offline"],
  ["重试", "再试", "重新尝试", "再试一次", "重新提交", "retry", "try again", "resubmit"],
  ["通知", "提醒", "消息推送", "notification", "notifications", "alert", "alerts"],
  ["应用", "客户端", "手机应用", "app", "mobile app", "application"],
];
