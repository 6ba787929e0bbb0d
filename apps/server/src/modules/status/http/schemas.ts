import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  COMPONENT_KEYS,
  COMPONENT_STATES,
  INCIDENT_IMPACTS,
  INCIDENT_STATUSES,
  type Localized,
  SET_STATES,
} from "../../../platform/db/schema-status.js";
import { plainText } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/http/auth-plugin.js";
import type { Actor } from "../../audit/index.js";
import type { StatusDeps } from "../deps.js";

/** Schema pieces of the status module's staff API. */

export const security = [{ bearerAuth: [] }];
export const staffTags = ["Status admin"];

/** The signed-in staff member, named by email in the audit log as the other staff pages do. */
export async function staffActor(deps: StatusDeps, request: FastifyRequest): Promise<Actor> {
  const { userId } = authOf(request);
  const profile = await deps.customers.profile(deps.platform.db, userId);
  return { id: userId, label: profile?.email ?? userId };
}

export const componentKey = z.enum(COMPONENT_KEYS).describe("A component of the status page (API.md's keys)");
export const componentKeys = z
  .array(componentKey)
  .min(1)
  .max(COMPONENT_KEYS.length)
  .describe("The affected components, at least one");

const localized = z.object({ en: z.string(), "zh-CN": z.string() }).describe("The text in each language");

/** Text staff write: one string for both languages, or `{ en, "zh-CN" }`. */
export const localizedInput = (max: number, what: string) => {
  const text = plainText(max).pipe(z.string().min(1));
  return z
    .union([text, z.object({ en: text, "zh-CN": text })])
    .transform((value): Localized => (typeof value === "string" ? { en: value, "zh-CN": value } : value))
    .describe(`${what}: one string (shown in both languages) or { en, "zh-CN" }; at most ${max} characters`);
};

/** Long text (incident messages, maintenance descriptions) keeps its line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const LINES_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const localizedLines = (max: number, what: string) => {
  const text = z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !LINES_CONTROL.test(v), "no control characters other than line breaks and tabs");
  return z
    .union([text, z.object({ en: text, "zh-CN": text })])
    .transform((value): Localized => (typeof value === "string" ? { en: value, "zh-CN": value } : value))
    .describe(`${what}: one string (shown in both languages) or { en, "zh-CN" }; at most ${max} characters`);
};

const instant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .describe("ISO 8601 date and time with a zone, such as 2026-12-01T02:00:00Z");

/** Who did something, for people to read (the user id beside it is for machines). */
const actorLabel = z
  .string()
  .nullable()
  .describe("The staff member's name, else their email; null for the system or an account that is gone");

export const staffComponent = z.object({
  key: componentKey,
  name: localized,
  manualState: z.enum(SET_STATES).describe("The state staff set (PATCH /components/{key})"),
  signalState: z
    .enum(SET_STATES)
    .nullable()
    .describe("The automatic signal's state from provider errors; null when there is none"),
  signalSince: z.string().nullable(),
  state: z
    .enum(COMPONENT_STATES)
    .describe("Effective state now: maintenance, else the worst of manual, signal and open public incidents"),
  updatedAt: z.string(),
});

export const staffIncident = z.object({
  id: z.string(),
  title: localized,
  impact: z.enum(INCIDENT_IMPACTS),
  status: z.enum(INCIDENT_STATUSES),
  components: z.array(componentKey),
  componentState: z.enum(SET_STATES).describe("The state the incident gives its components while open"),
  draft: z.boolean().describe("Opened by an automatic signal and not yet published: not public"),
  source: z.enum(["staff", "signal"]),
  createdBy: z.string().nullable().describe("Who opened it (a user id); null for an automatic signal"),
  createdByLabel: actorLabel,
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  updates: z
    .array(
      z.object({
        id: z.string(),
        status: z.enum(INCIDENT_STATUSES),
        body: localized,
        createdAt: z.string(),
        createdBy: z.string().nullable().describe("The staff member's user id; null for the system"),
        createdByLabel: actorLabel,
      }),
    )
    .describe("The timeline, newest first"),
});

export const staffMaintenance = z.object({
  id: z.string(),
  title: localized,
  description: localized,
  components: z.array(componentKey),
  methodIds: z
    .array(z.string())
    .nullable()
    .describe("Only these payment methods are in maintenance; null: the whole components"),
  startsAt: z.string(),
  endsAt: z.string(),
  announceSocial: z.boolean(),
  state: z.enum(["scheduled", "in_progress", "completed", "canceled"]),
  announcedAt: z.string().nullable().describe("When subscribers were told it is coming"),
  createdBy: z.string().nullable().describe("Who scheduled it (a user id); null for the system"),
  createdByLabel: actorLabel,
  createdAt: z.string(),
  canceledAt: z.string().nullable(),
});

export const maintenanceBody = z.object({
  components: componentKeys,
  startsAt: instant,
  endsAt: instant.describe("After startsAt and in the future"),
  title: localizedInput(200, "Title"),
  description: localizedLines(4000, "What is done and what customers will notice").optional(),
  methodIds: z
    .array(z.string().trim().min(1).max(64))
    .max(50)
    .optional()
    .describe("Only these payment methods of the components; absent or empty: the whole components"),
  announceSocial: z
    .boolean()
    .optional()
    .describe("Also post the announcement to the support desk's social accounts (default false)"),
});

export const maintenanceChanges = z.object({
  components: componentKeys.optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  title: localizedInput(200, "Title").optional(),
  description: localizedLines(4000, "Description").optional(),
});

export const incidentBody = z.object({
  components: componentKeys,
  impact: z.enum(INCIDENT_IMPACTS).describe("How bad it is for customers"),
  title: localizedInput(200, "Title"),
  message: localizedLines(4000, "The first update's text"),
  status: z
    .enum(["investigating", "identified", "monitoring"])
    .optional()
    .describe("The first update's status (default investigating)"),
  componentState: z
    .enum(SET_STATES)
    .optional()
    .describe(
      "The state the incident gives its components while open; default from impact: critical → major_outage, " +
        "major → partial_outage, minor → degraded_performance, none → operational",
    ),
});

export const incidentUpdateBody = z.object({
  status: z.enum(INCIDENT_STATUSES).describe("resolved closes the incident (no update after that)"),
  message: localizedLines(4000, "The update's text"),
  componentState: z.enum(SET_STATES).optional().describe("A new state for the incident's components"),
});

/** An incident's or a window's id (inc_…, mnt_…): letters, digits, _ and - only, so no odd byte reaches a query. */
export const idText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "an id such as inc_01JD…");
export const idParams = z.object({ id: idText });
/** nextCursor of the previous page (an id). */
export const cursorText = idText.optional().describe("nextCursor of the previous page");
