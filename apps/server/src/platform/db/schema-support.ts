import type { ColumnType, Generated } from "kysely";
import type { Bilingual } from "./schema-payments.js";

/** Tables of the support desk (support module); part of the DB type in schema.ts. */

type Timestamp = ColumnType<Date, Date, Date>;
type DateOnly = ColumnType<string, string, string>;
/** A jsonb column read as T and written as its JSON text. */
type JsonOf<T> = ColumnType<T, string, string>;

export const TICKET_CATEGORIES = [
  "login_access",
  "transaction",
  "deposit",
  "withdrawal",
  "security",
  "verification",
  "other",
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** new: nobody has answered; pending: waiting for the customer (SLA paused); solved closes itself after 7 days. */
export const TICKET_STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CHANNELS = ["web", "email", "chat", "phone", "social"] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export type ChatState = "waiting" | "active" | "ended";
export type DeliveryStatus = "queued" | "sent" | "delivered" | "read" | "failed";

export type MessageAuthorType = "customer" | "agent" | "system";

/** What a customer's account looked like when they wrote (so agents see it without asking). */
export interface TicketAccountContext {
  walletNumber?: string | null;
  verificationLevel?: number;
  locked?: boolean;
  lockKind?: string | null;
  twoFactor?: boolean;
  frozen?: boolean;
  emailVerified?: boolean;
}

/** An attached transaction as it was when it was attached. */
export interface TicketTransactionSnapshot {
  reference: string;
  type: string;
  status: string;
  direction: string;
  amount: string;
  fee: string;
  currency: string;
  reasonCode: string | null;
  at: string;
}

export interface MessageAttachmentRef {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface SupportTicketsTable {
  id: string;
  number: Generated<string>;
  user_id: string | null;
  requester_email: string;
  requester_name: string | null;
  language: "en" | "zh-CN";
  guest_verified_at: Timestamp | null;
  category: TicketCategory;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Generated<TicketChannel>;
  group_key: string;
  assignee_id: string | null;
  tags: JsonOf<string[]>;
  context: JsonOf<TicketAccountContext>;
  merged_into_id: string | null;
  deflection_id: string | null;
  first_response_due_at: Timestamp | null;
  resolution_due_at: Timestamp | null;
  first_responded_at: Timestamp | null;
  sla_paused_since: Timestamp | null;
  sla_warned_at: Timestamp | null;
  solved_at: Timestamp | null;
  closed_at: Timestamp | null;
  satisfaction_score: number | null;
  satisfaction_comment: string | null;
  rated_at: Timestamp | null;
  last_customer_activity_at: Timestamp | null;
  last_agent_activity_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Who wrote from outside the app (an email address, a phone number, a social account). */
  contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The token in support+<token>@domain that answers to our emails carry. */
  reply_token: ColumnType<string | null, string | null | undefined, string | null>;
  /** Chats only: waiting for an agent, with one, or over. */
  chat_state: ColumnType<ChatState | null, ChatState | null | undefined, ChatState | null>;
}

export interface SupportMessagesTable {
  id: string;
  ticket_id: string;
  author_type: MessageAuthorType;
  author_id: string | null;
  author_name: string | null;
  body: string;
  internal: Generated<boolean>;
  channel: Generated<string>;
  attachments: JsonOf<MessageAttachmentRef[]>;
  created_at: Timestamp;
  /** Order within the database; a chat client resumes after the last seq it saw. */
  seq: Generated<string>;
  /** The channel's own id (Message-ID, Messenger mid, X event id): a provider's retry is stored once. */
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** An agent's reply: the customer message it answers (its channel is the way back). */
  reply_to_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The message as it arrived (raw MIME, webhook JSON) in the document store. */
  original_key: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_status: ColumnType<
    DeliveryStatus | null,
    DeliveryStatus | null | undefined,
    DeliveryStatus | null
  >;
  delivery_error: ColumnType<string | null, string | null | undefined, string | null>;
  delivered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SupportAttachmentsTable {
  id: string;
  ticket_id: string | null;
  message_id: string | null;
  uploader_user_id: string | null;
  uploader_guest_email: string | null;
  filename: string;
  content_type: string;
  size: number;
  storage_key: string;
  created_at: Timestamp;
}

export interface SupportTicketTransactionsTable {
  ticket_id: string;
  transaction_id: string;
  snapshot: JsonOf<TicketTransactionSnapshot>;
  linked_by: string | null;
  created_at: Timestamp;
}

export interface SupportTicketEventsTable {
  id: string;
  ticket_id: string;
  actor_id: string | null;
  kind: string;
  detail: JsonOf<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface SupportTicketViewersTable {
  ticket_id: string;
  user_id: string;
  typing_until: Timestamp | null;
  seen_at: Timestamp;
}

export interface SupportGuestTokensTable {
  id: string;
  ticket_id: string;
  purpose: "verify" | "access" | "chat";
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SupportGroupsTable {
  key: string;
  name: JsonOf<Bilingual>;
  categories: JsonOf<TicketCategory[]>;
  position: number;
  created_at: Timestamp;
}

export interface SupportGroupMembersTable {
  group_key: string;
  user_id: string;
  last_assigned_at: Timestamp | null;
}

export interface SupportAgentPresenceTable {
  user_id: string;
  status: "online" | "away" | "offline";
  last_seen_at: Timestamp;
}

export interface SupportMacrosTable {
  id: string;
  title: JsonOf<Bilingual>;
  body: JsonOf<Bilingual>;
  set_status: "open" | "pending" | "on_hold" | "solved" | null;
  add_tags: JsonOf<string[]>;
  usage_count: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface SupportSavedFiltersTable {
  id: string;
  owner_id: string;
  name: string;
  filters: JsonOf<Record<string, string>>;
  shared: boolean;
  created_at: Timestamp;
}

export interface SupportSlaPoliciesTable {
  priority: TicketPriority;
  first_response_minutes: number;
  resolution_minutes: number;
  business_hours: boolean;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Opening hours per weekday (index 0 = Sunday): minutes after midnight, or null when closed. */
export type WeeklyHours = ({ open: number; close: number } | null)[];

export interface SupportCalendarTable {
  id: number;
  time_zone: string;
  hours: JsonOf<WeeklyHours>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SupportHolidaysTable {
  day: DateOnly;
  name: JsonOf<Bilingual>;
  created_at: Timestamp;
}

export interface SupportTables {
  support_groups: SupportGroupsTable;
  support_group_members: SupportGroupMembersTable;
  support_agent_presence: SupportAgentPresenceTable;
  support_tickets: SupportTicketsTable;
  support_messages: SupportMessagesTable;
  support_attachments: SupportAttachmentsTable;
  support_ticket_transactions: SupportTicketTransactionsTable;
  support_ticket_events: SupportTicketEventsTable;
  support_ticket_viewers: SupportTicketViewersTable;
  support_guest_tokens: SupportGuestTokensTable;
  support_macros: SupportMacrosTable;
  support_saved_filters: SupportSavedFiltersTable;
  support_sla_policies: SupportSlaPoliciesTable;
  support_calendar: SupportCalendarTable;
  support_holidays: SupportHolidaysTable;
}
