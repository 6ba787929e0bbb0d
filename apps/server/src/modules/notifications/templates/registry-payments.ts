import type { WithdrawalStatus } from "../../../platform/db/schema-payments.js";
import type { Localized } from "../../../platform/db/schema-status.js";
import { approvedEmail, rejectedEmail, VERIFICATION_PATH } from "../../kyc/emails.js";
import { limitsOfLevel } from "../../kyc/limits.js";
import { traceEmail } from "../../payments/bank/tracer-copy.js";
import { depositFailedEmail, depositSucceededEmail } from "../../payments/deposits/emails.js";
import { destinationAddedEmail, withdrawalEmail } from "../../payments/withdrawals/emails.js";
import { transferReceivedNotice } from "../../wallets/notices.js";
import { accountEmail, type MessageTemplate } from "./define.js";
import {
  SAMPLE_AT,
  SAMPLE_DESTINATION,
  SAMPLE_REFERENCE,
  sampleDeposit,
  sampleTraceFinding,
  sampleTransferIn,
  sampleWithdrawal,
} from "./samples.js";

/** Money in and out, and identity verification: what the payments, wallets and KYC modules tell a customer. */

const url = (publicUrl: string, path: string) => new URL(path, publicUrl).toString();

/** What each withdrawal state's email is about, and what the sample withdrawal looks like in it. */
const WITHDRAWAL_STATES: {
  status: WithdrawalStatus;
  description: Localized;
  sample: Partial<Parameters<typeof sampleWithdrawal>[0]>;
}[] = [
  {
    status: "requested",
    description: { en: "A withdrawal was requested", "zh-CN": "提现已提交" },
    sample: {},
  },
  {
    status: "in_review",
    description: { en: "A withdrawal waits for review, and why", "zh-CN": "提现正在审核及原因" },
    sample: { review_reasons: ["new_destination", "large_amount"] },
  },
  {
    status: "processing",
    description: { en: "A withdrawal was sent to the provider", "zh-CN": "提现已发出" },
    sample: {},
  },
  { status: "paid", description: { en: "A withdrawal arrived", "zh-CN": "提现已到账" }, sample: {} },
  {
    status: "failed",
    description: { en: "A withdrawal was refused by the provider", "zh-CN": "提现被服务商拒绝" },
    sample: { reason_code: "bank_rejected" },
  },
  {
    status: "returned",
    description: { en: "A paid withdrawal came back", "zh-CN": "已发出的提现被退回" },
    sample: { reason_code: "bank_rejected" },
  },
  {
    status: "canceled",
    description: { en: "The customer canceled a withdrawal", "zh-CN": "客户取消了提现" },
    sample: {},
  },
  {
    status: "rejected",
    description: { en: "Review did not approve a withdrawal", "zh-CN": "提现审核未通过" },
    sample: {
      reason_code: "suspected_fraud",
      reason_note: "Please confirm this destination with support first.",
    },
  },
];

export const paymentTemplates: readonly MessageTemplate[] = [
  accountEmail(
    {
      key: "payments.deposit_succeeded",
      kind: "deposits",
      description: { en: "A deposit was credited", "zh-CN": "充值已到账" },
      builders: [depositSucceededEmail],
    },
    ({ config }) =>
      depositSucceededEmail(sampleDeposit(), SAMPLE_REFERENCE, url(config.publicUrl, "/deposits/dep_sample")),
  ),
  accountEmail(
    {
      key: "payments.deposit_failed",
      kind: "deposits",
      description: {
        en: "A deposit failed or expired, with the reason and what to do",
        "zh-CN": "充值失败或过期，附原因和处理方法",
      },
      builders: [depositFailedEmail],
    },
    ({ config }) =>
      depositFailedEmail(
        sampleDeposit({ status: "failed", reason_code: "card_declined", completed_at: null }),
        SAMPLE_REFERENCE,
        url(config.publicUrl, "/deposits/dep_sample"),
      ),
  ),
  accountEmail(
    {
      key: "payments.deposit_trace",
      kind: null,
      description: {
        en: "Where a deposit is: the answer to a trace asked without signing in, sent to the account's owner",
        "zh-CN": "充值去向：未登录时查询的结果，发送给账户本人",
      },
      builders: [traceEmail],
    },
    ({ config }) => traceEmail(sampleTraceFinding(), url(config.publicUrl, "/deposits/trace")),
  ),
  accountEmail(
    {
      key: "wallets.transfer_received",
      kind: "transfers",
      description: {
        en: "Money arrived from another Satchel customer (never the sender's note)",
        "zh-CN": "收到其他 Satchel 用户的转账（不含付款人附言）",
      },
      builders: [transferReceivedNotice],
    },
    ({ config }) => transferReceivedNotice({ config }, sampleTransferIn()).copies,
  ),
  ...WITHDRAWAL_STATES.map(({ status, description, sample }) =>
    accountEmail(
      {
        key: `payments.withdrawal_${status}`,
        kind: "withdrawals",
        description,
        builders: [withdrawalEmail],
      },
      ({ config }) =>
        withdrawalEmail(
          sampleWithdrawal({ status, ...sample }),
          SAMPLE_DESTINATION,
          SAMPLE_REFERENCE,
          url(config.publicUrl, "/withdrawals/wdr_sample"),
        ),
    ),
  ),
  accountEmail(
    {
      key: "payments.destination_added",
      kind: "security",
      description: {
        en: "A payout destination was added (usable after a waiting period)",
        "zh-CN": "添加了新的收款方式（等待期后可用）",
      },
      builders: [destinationAddedEmail],
    },
    ({ config }) =>
      destinationAddedEmail(
        SAMPLE_DESTINATION,
        new Date(SAMPLE_AT.getTime() + 24 * 3_600_000),
        url(config.publicUrl, "/payout-destinations"),
      ),
  ),
  accountEmail(
    {
      key: "kyc.approved",
      kind: "security",
      description: { en: "Identity verification approved (level 2)", "zh-CN": "身份认证已通过（2 级）" },
      builders: [approvedEmail],
    },
    ({ config }) => approvedEmail(limitsOfLevel(config, 2), url(config.publicUrl, VERIFICATION_PATH)),
  ),
  accountEmail(
    {
      key: "kyc.rejected",
      kind: "security",
      description: {
        en: "Identity verification not approved, with what to fix",
        "zh-CN": "身份认证未通过，附需修改的内容",
      },
      builders: [rejectedEmail],
    },
    ({ config }) =>
      rejectedEmail(
        "The documents could not be read.",
        [{ kind: "id_document", reason: "The photo is blurred; take it again in good light." }],
        url(config.publicUrl, VERIFICATION_PATH),
      ),
  ),
];
