import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  COMPONENT_KEYS,
  COMPONENT_STATES,
  INCIDENT_IMPACTS,
  INCIDENT_STATUSES,
} from "../../../platform/db/schema-status.js";
import type { Locale } from "../../../platform/i18n.js";

/**
 * Schemas of the public status API. The summary keeps Statuspage's summary.json field names
 * (snake_case) so status aggregators read it: the one documented exception to camelCase.
 */

export const publicTags = ["Status"];

/** `lang`: en or zh-CN (zh is taken as zh-CN); Accept-Language decides when absent. */
export const langQuery = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["en", "zh-cn", "zh"], { error: "en or zh-CN" }))
  .transform((value): Locale => (value === "en" ? "en" : "zh-CN"))
  .optional()
  .describe("en or zh-CN (zh is taken as zh-CN); the Accept-Language header when absent");

export const langOf = (request: FastifyRequest, lang: Locale | undefined): Locale => lang ?? request.locale;

const at = z.string().describe("ISO 8601, UTC");

export const publicComponent = z.object({
  id: z.enum(COMPONENT_KEYS).describe("The component key (API.md), stable"),
  name: z.string().describe("In the asked language"),
  description: z.string(),
  status: z
    .enum(COMPONENT_STATES)
    .describe(
      "Effective state now: under_maintenance inside a window over the whole component, else the worst of " +
        "staff's state, the automatic signal and open incidents",
    ),
  position: z.number().int().describe("1 for the first component of the page"),
  created_at: at.describe("When its first state was recorded"),
  updated_at: at,
  showcase: z.boolean(),
  group: z.boolean(),
  group_id: z.null(),
  only_show_if_degraded: z.boolean(),
});

export const publicIncidentUpdate = z.object({
  id: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  body: z.string().describe("In the asked language"),
  created_at: at,
  updated_at: at,
  display_at: at,
  incident_id: z.string(),
});

export const publicIncident = z.object({
  id: z.string(),
  name: z.string().describe("The title, in the asked language"),
  status: z.enum(INCIDENT_STATUSES),
  impact: z.enum(INCIDENT_IMPACTS),
  created_at: at,
  updated_at: at,
  monitoring_at: at.nullable().describe("When it was first marked monitoring"),
  resolved_at: at.nullable(),
  started_at: at,
  shortlink: z.string().describe("The incident's page: <PUBLIC_URL>/status/incidents/<id>"),
  page_id: z.literal("satchel"),
  components: z.array(publicComponent).describe("The affected components, with their state now"),
  incident_updates: z.array(publicIncidentUpdate).describe("The timeline, newest first"),
});

export const publicMaintenance = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["scheduled", "in_progress", "completed"]),
  impact: z.literal("maintenance"),
  scheduled_for: at.describe("When it starts"),
  scheduled_until: at.describe("When it ends"),
  created_at: at,
  updated_at: at,
  shortlink: z.string(),
  page_id: z.literal("satchel"),
  components: z.array(publicComponent),
  incident_updates: z.array(z.never()).describe("Always empty (Statuspage's shape)"),
  description: z.string().describe("What is done and what customers notice, in the asked language"),
  method_ids: z
    .array(z.string())
    .nullable()
    .describe("Only these payment methods of the components are in maintenance; null: the whole components"),
});

export const summarySchema = z.object({
  page: z.object({
    id: z.literal("satchel"),
    name: z.string(),
    url: z.string().describe("The public status page"),
    time_zone: z.literal("Etc/UTC"),
    updated_at: at,
  }),
  status: z.object({
    indicator: z
      .enum(["none", "minor", "major", "critical", "maintenance"])
      .describe("The worst of the components' states and the open incidents' impact"),
    description: z.string().describe("In the asked language, such as All Systems Operational"),
  }),
  components: z.array(publicComponent),
  incidents: z.array(publicIncident).describe("Open, public incidents, newest first"),
  scheduled_maintenances: z
    .array(publicMaintenance)
    .describe("Upcoming and in progress (not canceled), the earliest first"),
});

export const uptimeSchema = z.object({
  days: z.number().int(),
  components: z.array(
    z.object({
      id: z.enum(COMPONENT_KEYS),
      name: z.string(),
      uptime: z.number().nullable().describe("0 to 1 over the days with data; null when none has"),
      days: z
        .array(
          z.object({
            date: z.string().describe("The UTC day, YYYY-MM-DD"),
            uptime: z
              .number()
              .nullable()
              .describe(
                "1 − (major outage + 0.3 × partial outage seconds) / observed seconds; degraded and maintenance " +
                  "count as up; null before the first record",
              ),
            worst: z
              .enum(COMPONENT_STATES)
              .nullable()
              .describe("The worst state that day; null without data"),
            outageSeconds: z.number().int().describe("Seconds in major outage that day"),
            partialSeconds: z.number().int().describe("Seconds in partial outage that day"),
          }),
        )
        .describe("Oldest first, today last"),
    }),
  ),
});
