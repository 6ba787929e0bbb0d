import type { ColumnType, Generated } from "kysely";

/** Tables of the support channels (email, chat, phone, social); part of the DB type in schema.ts. */

type Timestamp = ColumnType<Date, Date, Date>;
type JsonOf<T> = ColumnType<T, string, string>;

/** The ways a message reaches a ticket's thread; `web` is the app's own form and ticket page. */
export const MESSAGE_CHANNELS = ["web", "email", "chat", "phone", "messenger", "x"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Channels with settings on the channels admin page. */
export const CONFIGURABLE_CHANNELS = ["email", "chat", "phone", "messenger", "x"] as const;
export type ConfigurableChannel = (typeof CONFIGURABLE_CHANNELS)[number];

export const CONTACT_KINDS = ["email", "phone", "messenger", "x"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface SupportContactsTable {
  id: string;
  kind: ContactKind;
  /** Lower-cased email, E.164 phone number, Messenger page-scoped id (PSID), X user id. */
  address: string;
  display_name: string | null;
  user_id: string | null;
  linked_by: string | null;
  linked_at: Timestamp | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface SupportChannelSettingsTable {
  channel: ConfigurableChannel;
  enabled: Generated<boolean>;
  /** Non-secret settings (addresses, page id, API base URL, phone lines). */
  settings: JsonOf<Record<string, unknown>>;
  /** Secret values sealed with the platform's secret box; never returned whole. */
  secrets: JsonOf<Record<string, string>>;
  last_inbound_at: Timestamp | null;
  last_outbound_at: Timestamp | null;
  last_error: string | null;
  last_error_at: Timestamp | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type CallOutcome = "ringing" | "answered" | "no_answer" | "voicemail" | "busy" | "failed";

export interface SupportCallsTable {
  id: string;
  ticket_id: string;
  direction: "inbound" | "outbound";
  phone: string;
  duration_seconds: Generated<number>;
  outcome: CallOutcome;
  notes: Generated<string>;
  agent_id: string | null;
  external_id: string | null;
  started_at: Timestamp;
  created_at: Timestamp;
}

export type CallbackStatus = "requested" | "done" | "missed" | "cancelled";

export interface SupportCallbacksTable {
  id: string;
  user_id: string | null;
  ticket_id: string | null;
  phone: string;
  language: "en" | "zh-CN";
  slot_start: Timestamp;
  slot_end: Timestamp;
  note: Generated<string>;
  status: CallbackStatus;
  handled_by: string | null;
  handled_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SupportSocialPostsTable {
  id: string;
  channel: "messenger" | "x";
  body: string;
  status: "queued" | "sent" | "failed";
  external_id: string | null;
  error: string | null;
  created_by: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface ChannelTables {
  support_contacts: SupportContactsTable;
  support_channel_settings: SupportChannelSettingsTable;
  support_calls: SupportCallsTable;
  support_callbacks: SupportCallbacksTable;
  support_social_posts: SupportSocialPostsTable;
}
