import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from "../../../platform/db/schema-support.js";
import { plainText } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/http/auth-plugin.js";
import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";

/** Schema pieces of the desk settings (SLA, calendar, holidays, groups, presence). */

export const security = [{ bearerAuth: [] }];
export const adminTags = ["Support admin"];
export const consoleTags = ["Support console"];

/** The signed-in staff member, named by email in the audit log as the other staff pages do. */
export async function staffActor(deps: SupportDeps, request: FastifyRequest): Promise<Actor> {
  const { userId } = authOf(request);
  const profile = await deps.customers.profile(deps.platform.db, userId);
  return { id: userId, label: profile?.email ?? userId };
}

const bilingual = z.object({ en: z.string(), "zh-CN": z.string() });
export const bilingualInput = z.object({
  en: plainText(100).pipe(z.string().min(1)),
  "zh-CN": plainText(100).pipe(z.string().min(1)),
});

const minutes = z.number().int().min(1).max(525_600).describe("Minutes (at most a year)");

export const policy = z.object({
  priority: z.enum(TICKET_PRIORITIES),
  firstResponseMinutes: minutes,
  resolutionMinutes: minutes,
  businessHours: z
    .boolean()
    .describe("true: counted in opening hours on the business calendar; false: around the clock"),
});

export const policiesBody = z.object({
  policies: z
    .array(policy)
    .min(1)
    .max(TICKET_PRIORITIES.length)
    .refine((list) => new Set(list.map((p) => p.priority)).size === list.length, "each priority once")
    .refine(
      (list) => list.every((p) => p.resolutionMinutes >= p.firstResponseMinutes),
      "resolution takes at least as long as the first response",
    )
    .describe("The priorities to change; the others stay as they are"),
});

export const policiesView = z.object({ policies: z.array(policy) });

const clock = z.string().trim().describe('Local time "HH:MM" (24:00 closes at midnight)');

export const calendarDayInput = z.object({
  weekday: z.number().int().min(0).max(6).describe("0 = Sunday"),
  closed: z.boolean().optional(),
  open: clock.nullable().optional(),
  close: clock.nullable().optional(),
});

export const calendarBody = z.object({
  timeZone: z.string().trim().min(1).max(64).describe("IANA time zone, such as Asia/Shanghai"),
  days: z
    .array(calendarDayInput)
    .max(7)
    .describe("Opening hours per weekday; a weekday left out, closed, or without times is closed"),
});

export const calendarView = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({
      weekday: z.number(),
      closed: z.boolean(),
      open: z.string().nullable(),
      close: z.string().nullable(),
    }),
  ),
});

export const dayText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD")
  .refine((v) => {
    const parsed = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(v);
  }, "a real calendar day");

export const holidayView = z.object({ day: z.string(), name: bilingual });

export const presenceStatus = z.enum(["online", "away", "offline"]);

export const agentView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  status: presenceStatus.describe("online/away only while the console keeps sending heartbeats (2 minutes)"),
  lastSeenAt: z.string().nullable(),
  groups: z.array(z.string()),
});

export const groupView = z.object({
  key: z.string(),
  name: bilingual,
  categories: z.array(z.enum(TICKET_CATEGORIES)),
  position: z.number(),
  members: z.array(agentView),
});
