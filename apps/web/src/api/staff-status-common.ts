import type { Bilingual } from "./deskAdmin";
import { strings } from "./staffPayments";

// What the staff status API's parts share: the component keys and the states, text in both
// languages, and the small readers each part uses.

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

/** A state staff, an incident or a signal can give a component. */
export const SET_STATES = ["operational", "degraded_performance", "partial_outage", "major_outage"] as const;
export type SetState = (typeof SET_STATES)[number];
export const COMPONENT_STATES = [...SET_STATES, "under_maintenance"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const MAINTENANCE_STATES = ["scheduled", "in_progress", "completed", "canceled"] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

/** Text in both languages, or one text the server stores for both. */
export type TextInput = string | Bilingual;

export function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

export function keys(value: unknown): ComponentKey[] {
  return strings(value).flatMap((k) => oneOf(COMPONENT_KEYS, k) ?? []);
}

/** The items of a list answer that read; the others are left out. */
export function itemsOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : [];
}

export const STATUS_BASE = "/api/v1/admin/status";
