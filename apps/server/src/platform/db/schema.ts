import type { ColumnType, Generated, JSONColumnType } from "kysely";

/**
 * Table types for Kysely. Each module owns its tables (see DESIGN.md §2); they are listed
 * together here only because Kysely needs one database type.
 */

type Timestamp = ColumnType<Date, Date, Date>;
export type Json = JSONColumnType<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;

// platform
export interface PlatformMetaTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: Json;
  status: "pending" | "delivered" | "dead";
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

// messaging
export interface DevMessagesTable {
  id: string;
  channel: "email" | "sms";
  to_address: string;
  subject: string | null;
  text_body: string;
  html_body: string | null;
  created_at: Timestamp;
}

// users
export type UserRole = "customer" | "agent" | "admin";
export interface UsersTable {
  id: string;
  email: string;
  name: string | null;
  password_hash: string;
  role: UserRole;
  language: "en" | "zh-CN";
  country: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

// audit
export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: Json;
  created_at: Timestamp;
}

export interface DB {
  platform_meta: PlatformMetaTable;
  outbox: OutboxTable;
  dev_messages: DevMessagesTable;
  users: UsersTable;
  audit_log: AuditLogTable;
}
