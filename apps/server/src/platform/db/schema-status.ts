import type { ColumnType, Generated } from "kysely";
import type { Locale } from "../i18n.js";

/** Tables of the status page and the notification center; part of the DB type in schema.ts. */

type Timestamp = ColumnType<Date, Date, Date>;
type JsonOf<T> = ColumnType<T, string, string>;
/** Text in both languages the product speaks. */
export type Localized = Record<Locale, string>;

/** The components of the status page, in the order it shows them (API.md's keys). */
export const COMPONENT_KEYS = [
  "login",
  "card_deposits",
  "bank_deposits",
  "ewallet_deposits",
  "withdrawals",
  "transfers",
  "exchange",
  "merchant_payments",
  "help_center",
  "live_chat",
  "email_support",
  "api",
] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** A state staff (or an incident, or a signal) can give a component. */
export const SET_STATES = ["operational", "degraded_performance", "partial_outage", "major_outage"] as const;
export type SetState = (typeof SET_STATES)[number];
/** What a component is in at a moment: a set state, or inside a maintenance window. */
export const COMPONENT_STATES = [...SET_STATES, "under_maintenance"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface StatusComponentsTable {
  key: ComponentKey;
  position: number;
  manual_state: Generated<SetState>;
  signal_state: Exclude<SetState, "operational"> | null;
  signal_since: Timestamp | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface StatusComponentStatesTable {
  id: string;
  component: ComponentKey;
  state: ComponentState;
  started_at: Timestamp;
}

export interface StatusIncidentsTable {
  id: string;
  title: JsonOf<Localized>;
  impact: IncidentImpact;
  status: IncidentStatus;
  components: ComponentKey[];
  /** The state the incident gives its components while it is open. */
  component_state: Generated<SetState>;
  /** Opened by an automatic signal and not yet confirmed by staff: not public. */
  draft: Generated<boolean>;
  source: Generated<"staff" | "signal">;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface StatusIncidentUpdatesTable {
  id: string;
  incident_id: string;
  status: IncidentStatus;
  body: JsonOf<Localized>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface StatusMaintenancesTable {
  id: string;
  title: JsonOf<Localized>;
  description: JsonOf<Localized>;
  components: ComponentKey[];
  /** Only these payment methods of the components (a method's own window); null for all of them. */
  method_ids: string[] | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  announce_social: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  canceled_at: Timestamp | null;
  /** When subscribers (and social accounts) were told it is coming. */
  announced_at: Timestamp | null;
  start_notified_at: Timestamp | null;
  end_notified_at: Timestamp | null;
}

export interface StatusSubscribersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  /** Components the subscriber follows; empty for all of them. */
  components: Generated<ComponentKey[]>;
  language: Locale;
  confirm_token_hash: string | null;
  confirm_expires_at: Timestamp | null;
  unsubscribe_token_hash: string;
  confirmed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StatusSignalBucketsTable {
  component: ComponentKey;
  bucket_start: Timestamp;
  calls: Generated<number>;
  failures: Generated<number>;
  timeouts: Generated<number>;
}

export interface StatusSnapshotsTable {
  key: string;
  body: JsonOf<unknown>;
  updated_at: Timestamp;
}

/** What the platform tells a customer about; security notices cannot be turned off. */
export const NOTIFICATION_KINDS = [
  "deposits",
  "withdrawals",
  "transfers",
  "security",
  "support",
  "maintenance",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_CHANNELS = ["in_app", "email", "sms"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  title: JsonOf<Localized>;
  body: JsonOf<Localized>;
  /** A path in the app (`/transactions/txn_…`), never an absolute URL. */
  link: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
  updated_at: Timestamp;
}

export interface StatusTables {
  status_components: StatusComponentsTable;
  status_component_states: StatusComponentStatesTable;
  status_incidents: StatusIncidentsTable;
  status_incident_updates: StatusIncidentUpdatesTable;
  status_maintenances: StatusMaintenancesTable;
  status_subscribers: StatusSubscribersTable;
  status_signal_buckets: StatusSignalBucketsTable;
  status_snapshots: StatusSnapshotsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
