// What the support-queue bench writes into tickets: subjects and messages as customers and
// agents of a wallet write them, in English and Chinese, so ILIKE searches and the planner's
// statistics see text of a realistic length and vocabulary rather than "lorem ipsum".

/** Per category: subjects, then the customer's first message (`{ref}`, `{amount}`, `{bank}` filled in). */
const OPENINGS = {
  transaction: {
    en: {
      subjects: [
        "Transfer not received",
        "Payment shows pending for hours",
        "Wrong amount was sent",
        "I do not recognise this payment",
        "Money sent to the wrong wallet",
      ],
      bodies: [
        "Hello, I sent {amount} to my brother yesterday (reference {ref}) and he still has not received it. The app says completed. Can you check?",
        "My transfer {ref} of {amount} has been pending since this morning. I need the money to arrive today, please help.",
        "I typed the wrong amount, {amount} instead of a smaller one. Reference {ref}. Is it possible to get a refund?",
        "There is a payment of {amount} in my history that I did not make, reference {ref}. Please look at it urgently.",
      ],
    },
    "zh-CN": {
      subjects: [
        "转账对方没有收到",
        "付款一直显示处理中",
        "转错金额了",
        "有一笔不认识的付款",
        "转到了错误的钱包",
      ],
      bodies: [
        "您好，我昨天给家人转了 {amount}（流水号 {ref}），对方到现在还没收到，App 显示已完成，麻烦帮忙查一下。",
        "我的转账 {ref}，金额 {amount}，从早上到现在一直在处理中，今天必须到账，请帮帮忙。",
        "我把金额输错了，转了 {amount}，流水号 {ref}，请问可以退款吗？",
        "账单里有一笔 {amount} 的付款不是我操作的，流水号 {ref}，请尽快处理。",
      ],
    },
  },
  deposit: {
    en: {
      subjects: [
        "Deposit not credited",
        "Card deposit failed but I was charged",
        "Bank transfer deposit missing",
      ],
      bodies: [
        "I deposited {amount} from {bank} two days ago, reference {ref}, and my balance has not changed.",
        "My card was charged {amount} but the deposit shows failed. Reference {ref}. Where is my money?",
        "I made a bank transfer of {amount} with the reference {ref} in the memo. It is not in my wallet yet.",
      ],
    },
    "zh-CN": {
      subjects: ["充值没有到账", "银行卡扣款了但充值失败", "银行转账充值找不到"],
      bodies: [
        "我两天前从{bank}充值了 {amount}，流水号 {ref}，余额一直没变。",
        "银行卡已经扣了 {amount}，但是充值显示失败，流水号 {ref}，钱去哪了？",
        "我通过银行转账充值 {amount}，备注里写了 {ref}，到现在还没到账。",
      ],
    },
  },
  withdrawal: {
    en: {
      subjects: ["Withdrawal taking too long", "Withdrawal returned", "Cannot withdraw to my bank"],
      bodies: [
        "I withdrew {amount} to {bank} on Monday (reference {ref}) and it has not arrived.",
        "My withdrawal {ref} of {amount} came back to the wallet. What went wrong?",
        "When I try to withdraw {amount} to {bank} the app says the account is not eligible.",
      ],
    },
    "zh-CN": {
      subjects: ["提现太慢了", "提现被退回", "无法提现到银行卡"],
      bodies: [
        "我周一提现 {amount} 到{bank}（流水号 {ref}），到现在还没到账。",
        "我的提现 {ref}，金额 {amount}，又退回到钱包了，是什么原因？",
        "提现 {amount} 到{bank}的时候提示账户不符合条件。",
      ],
    },
  },
  login_access: {
    en: {
      subjects: ["Cannot log in", "Account locked", "Lost my phone with the authenticator"],
      bodies: [
        "My account is locked after I typed the wrong password. I need access today.",
        "I changed my phone and the authenticator codes are gone. How can I sign in?",
        "The verification code never arrives by SMS so I cannot log in.",
      ],
    },
    "zh-CN": {
      subjects: ["无法登录", "账户被锁定", "换手机后验证器没了"],
      bodies: [
        "我输错密码几次后账户被锁了，今天急需登录。",
        "我换了手机，身份验证器里的验证码都没了，怎么登录？",
        "短信验证码一直收不到，所以登录不了。",
      ],
    },
  },
  verification: {
    en: {
      subjects: [
        "Identity verification rejected",
        "How long does verification take",
        "Document upload fails",
      ],
      bodies: [
        "My ID verification was rejected but the photo was clear. Please check again.",
        "I uploaded my passport three days ago and the verification is still pending.",
        "The upload of my document fails every time with an error.",
      ],
    },
    "zh-CN": {
      subjects: ["实名认证被拒绝", "认证需要多久", "证件上传失败"],
      bodies: [
        "我的实名认证被拒了，但照片很清楚，请再审核一下。",
        "我三天前上传了身份证，认证到现在还在审核中。",
        "每次上传证件都报错，传不上去。",
      ],
    },
  },
  security: {
    en: {
      subjects: ["Suspicious login on my account", "Someone changed my email", "Phishing message received"],
      bodies: [
        "I got an email about a login from a device I do not own. Please freeze my account.",
        "My email address was changed and it was not me. Reference of the last payment: {ref}.",
        "I received a message asking for my password that looks like Satchel. Is it real?",
      ],
    },
    "zh-CN": {
      subjects: ["账户有可疑登录", "有人改了我的邮箱", "收到钓鱼信息"],
      bodies: [
        "我收到邮件说有陌生设备登录了我的账户，请帮我冻结账户。",
        "我的邮箱被改了，不是我本人操作的。最后一笔付款流水号 {ref}。",
        "我收到一条很像 Satchel 的短信要我的密码，是真的吗？",
      ],
    },
  },
  other: {
    en: {
      subjects: ["Question about fees", "How do I close my account", "Feature request"],
      bodies: [
        "How much is the fee for sending {amount} abroad?",
        "I would like to close my account and withdraw the rest of my balance.",
        "It would be great to export my statement as a spreadsheet.",
      ],
    },
    "zh-CN": {
      subjects: ["关于手续费的问题", "怎么注销账户", "功能建议"],
      bodies: [
        "向境外转 {amount} 的手续费是多少？",
        "我想注销账户，并把余额全部提现。",
        "希望账单可以导出成表格。",
      ],
    },
  },
};

const AGENT_REPLIES = {
  en: [
    "Thank you for reaching out. I have checked reference {ref}: it is with the bank and should arrive within one working day.",
    "Sorry for the trouble. I can see the payment on our side; could you send a screenshot of your bank statement?",
    "I have escalated this to our payments team and will update you as soon as I hear back.",
    "The refund has been issued and should reach your wallet within 24 hours.",
    "Your account is unlocked now. Please set up two-factor authentication again in Settings.",
    "We have verified your documents; your account is now at the next verification level.",
  ],
  "zh-CN": [
    "感谢您的来信。我查了流水号 {ref}，款项在银行处理中，预计一个工作日内到账。",
    "给您带来不便很抱歉。我们这边能看到这笔付款，麻烦您发一张银行流水截图。",
    "我已将问题转给支付团队，有消息会第一时间通知您。",
    "退款已经发起，24 小时内会退回您的钱包。",
    "您的账户已解锁，请在设置中重新开启两步验证。",
    "您的证件已审核通过，账户已升级到下一认证等级。",
  ],
};

const CUSTOMER_FOLLOW_UPS = {
  en: [
    "Here is the screenshot you asked for. The amount left my bank on the same day.",
    "It still has not arrived. This is the second time I write, please hurry.",
    "Thanks, I can see it now.",
    "I do not have that document, can I send something else?",
  ],
  "zh-CN": [
    "截图发给您了，当天银行就扣款了。",
    "还是没有到账，这是我第二次联系了，请尽快。",
    "谢谢，现在看到了。",
    "我没有这个证件，可以用别的代替吗？",
  ],
};

const INTERNAL_NOTES = [
  "Checked the provider dashboard: settled on their side, waiting for the bank file.",
  "Customer called as well; same issue as the previous ticket.",
  "Asked payments on-call to look at the suspense account.",
  "Identity looks fine, no sign of account takeover.",
];

const BANKS = {
  en: ["ICBC", "Bank of China", "China Merchants Bank", "HSBC", "Chase"],
  "zh-CN": ["工商银行", "中国银行", "招商银行", "建设银行", "农业银行"],
};

/** Words an agent types into the search box that many messages contain (the refund queue). */
export const COMMON_WORD = "refund";

export const TAGS = ["refund", "chargeback", "vip", "bug", "kyc", "fraud-check", "card", "bank-transfer"];

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

/** The subject and first message of a ticket; `pick` chooses from a list (seeded). */
export function opening(category, language, values, pick) {
  const bank = OPENINGS[category][language];
  return {
    subject: pick(bank.subjects),
    body: fill(pick(bank.bodies), { ...values, bank: pick(BANKS[language]) }),
  };
}

export const agentReply = (language, values, pick) => fill(pick(AGENT_REPLIES[language]), values);
export const customerFollowUp = (language, pick) => pick(CUSTOMER_FOLLOW_UPS[language]);
export const internalNote = (pick) => pick(INTERNAL_NOTES);

const GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Tao", "Emma", "Liam", "Olivia", "Noah"];
const FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Smith", "Brown", "Garcia"];

/** A requester's name and a unique address for the n-th person. */
export function person(n, pick) {
  const given = pick(GIVEN);
  const family = pick(FAMILY);
  const domain = pick(["example.com", "example.cn", "mail.example.net"]);
  return { name: `${given} ${family}`, email: `${given}.${family}.${n}@${domain}`.toLowerCase() };
}
