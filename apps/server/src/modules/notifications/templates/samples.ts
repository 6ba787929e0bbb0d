import type { Locale } from "../../../platform/i18n.js";
import type { Finding } from "../../payments/bank/tracer.js";
import type { DepositRow } from "../../payments/deposits/deposits-repository.js";
import type { WithdrawalRow } from "../../payments/withdrawals/repository.js";
import type { MessageRow, TicketRow } from "../../support/tickets/repository.js";
import type { NewTransaction } from "../../wallets/transactions-repository.js";
import type { Recipient } from "./render.js";

/**
 * Realistic parameters for template previews: a customer, a deposit, a withdrawal, a ticket
 * and its chat, at fixed moments, so a preview reads like the real email and is the same on
 * every call. Links point at the configured site with tokens that open nothing.
 */

export const SAMPLE_AT = new Date("2026-11-26T09:30:00Z");
const later = (minutes: number) => new Date(SAMPLE_AT.getTime() + minutes * 60_000);

/** Who a preview is addressed to, in the asked language, with the asked anti-phishing code. */
export function sampleRecipient(language: Locale, antiPhishingCode: string | null): Recipient {
  return {
    email: "li.wei@example.com",
    phone: "+8613800138000",
    name: language === "zh-CN" ? "李伟" : "Li Wei",
    language,
    antiPhishingCode,
  };
}

/** A link on the configured site carrying a token that opens nothing. */
export const sampleLink = (publicUrl: string, path: string) =>
  `${publicUrl}${path}?token=${encodeURIComponent("sample-token-0000")}`;

export const SAMPLE_REFERENCE = "T7K3M-9QPA2";
export const SAMPLE_CODE = "482913";

export function sampleDeposit(overrides: Partial<DepositRow> = {}): DepositRow {
  return {
    id: "dep_01JDSAMPLE0000000000000000",
    user_id: "usr_01JDSAMPLE0000000000000000",
    method_id: "card",
    provider: "card_simulator",
    status: "succeeded",
    provider_status: null,
    amount: 50_000n,
    fee: 1_480n,
    currency: "USD",
    exponent: 2,
    provider_reference: "ch_3PqSAMPLE",
    bank_reference: null,
    card: { brand: "visa", last4: "4242", expMonth: 8, expYear: 2029 },
    next_action: null,
    reason_code: null,
    journal_id: null,
    transaction_id: null,
    attempts: 1,
    usage_usd: 50_000n,
    next_check_at: null,
    expires_at: null,
    created_at: SAMPLE_AT,
    updated_at: later(1),
    completed_at: later(1),
    ...overrides,
  };
}

export function sampleWithdrawal(overrides: Partial<WithdrawalRow> = {}): WithdrawalRow {
  return {
    id: "wdr_01JDSAMPLE0000000000000000",
    user_id: "usr_01JDSAMPLE0000000000000000",
    destination_id: "pod_01JDSAMPLE0000000000000000",
    method_id: "bank_transfer",
    provider: "bank_simulator",
    status: "requested",
    amount: 120_000n,
    fee: 250n,
    currency: "USD",
    exponent: 2,
    hold_id: null,
    journal_id: null,
    return_journal_id: null,
    provider_reference: null,
    review_reasons: [],
    reason_code: null,
    reason_note: null,
    reviewed_by: null,
    reviewed_at: null,
    transaction_id: null,
    timeline: [],
    usage_usd: 120_000n,
    next_check_at: null,
    created_at: SAMPLE_AT,
    updated_at: SAMPLE_AT,
    ...overrides,
  };
}

/** "Bank account ···· 6789 (HSBC)", as the withdrawal emails name a destination. */
export const SAMPLE_DESTINATION = "HSBC ···· 6789";

export function sampleTicket(language: Locale): TicketRow {
  return {
    id: "tkt_01JDSAMPLE0000000000000000",
    number: "100482",
    user_id: "usr_01JDSAMPLE0000000000000000",
    requester_email: "li.wei@example.com",
    requester_name: language === "zh-CN" ? "李伟" : "Li Wei",
    language,
    guest_verified_at: null,
    category: "deposit",
    subject: language === "zh-CN" ? "银行卡充值未到账" : "Card deposit not arrived",
    status: "open",
    priority: "normal",
    channel: "chat",
    group_key: "general",
    assignee_id: null,
    tags: [],
    context: {},
    merged_into_id: null,
    deflection_id: null,
    first_response_due_at: null,
    resolution_due_at: null,
    first_responded_at: later(2),
    sla_paused_since: null,
    sla_warned_at: null,
    solved_at: null,
    closed_at: null,
    satisfaction_score: null,
    satisfaction_comment: null,
    rated_at: null,
    last_customer_activity_at: later(3),
    last_agent_activity_at: later(4),
    created_at: SAMPLE_AT,
    updated_at: later(4),
    contact_id: null,
    reply_token: null,
    chat_state: "ended",
  };
}

function chatMessage(seq: number, author: "customer" | "agent", body: string, minutes: number): MessageRow {
  return {
    id: `msg_01JDSAMPLE000000000000000${seq}`,
    ticket_id: "tkt_01JDSAMPLE0000000000000000",
    author_type: author,
    author_id: null,
    author_name: author === "agent" ? "Mei" : "Li Wei",
    body,
    internal: false,
    channel: "chat",
    attachments: [],
    created_at: later(minutes),
    seq: String(seq),
    external_id: null,
    contact_id: null,
    reply_to_id: null,
    original_key: null,
    delivery_status: null,
    delivery_error: null,
    delivered_at: null,
    read_at: null,
  };
}

/** A short chat as a transcript shows it (the messages are what people typed, in their language). */
export function sampleChat(language: Locale): MessageRow[] {
  return language === "zh-CN"
    ? [
        chatMessage(1, "customer", "你好，我 10 分钟前的银行卡充值还没到账。", 0),
        chatMessage(2, "agent", "您好！我查了一下，这笔充值正在银行确认，通常 15 分钟内到账。", 2),
        chatMessage(3, "customer", "好的，谢谢！", 3),
      ]
    : [
        chatMessage(1, "customer", "Hi, my card deposit from 10 minutes ago has not arrived.", 0),
        chatMessage(
          2,
          "agent",
          "Hello! It is being confirmed by the bank and usually arrives within 15 minutes.",
          2,
        ),
        chatMessage(3, "customer", "Great, thank you!", 3),
      ];
}

/** The answer a guest's deposit trace emails to the address's owner: nothing found yet, a case opened. */
export function sampleTraceFinding(): Finding {
  return {
    kind: "not_found",
    query: { amount: 50_000n, currency: "USD" },
    window: { from: new Date("2026-11-12T00:00:00Z"), to: SAMPLE_AT },
    caseId: "pcs_01JDSAMPLE0000000000000000",
  };
}

/** A transfer as the recipient's history records it: the sender masked, by wallet number. */
export function sampleTransferIn(): NewTransaction {
  return {
    id: "txn_01JDSAMPLE0000000000000000",
    reference: SAMPLE_REFERENCE,
    userId: "usr_01JDSAMPLE0000000000000000",
    groupId: "txn_01JDSAMPLE0000000000000001",
    type: "transfer_in",
    status: "completed",
    direction: "in",
    amount: 1_250n,
    currency: "USD",
    exponent: 2,
    counterpartyWalletNumber: "S1234-5678-90",
    counterpartyName: "Al*** Wo***",
    note: "Dinner on Friday",
    timeline: [],
    at: SAMPLE_AT,
  };
}
