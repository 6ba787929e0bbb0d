import { z } from "zod";
import {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../platform/db/schema-support.js";
import { plainText } from "../../../platform/http/schemas.js";
import { QUEUE_VIEWS } from "../console/queue.js";

/** "open,pending": one value or several, comma-separated (as the queue takes them); stored tidied. */
const oneOrMore = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((v) => [
      ...new Set(
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(values)).min(1).max(values.length))
    .transform((list) => list.join(","))
    .optional()
    .describe(`One or more of ${values.join(", ")}, comma-separated`);

const key = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "a staff user id, me or none");

/**
 * What a saved view remembers: the queue's own query parameters (GET /agent/tickets), so
 * opening the view is that query. Other keys are refused, never stored for later surprises.
 */
export const savedFiltersSchema = z
  .strictObject({
    view: z.enum(QUEUE_VIEWS).optional(),
    status: oneOrMore(TICKET_STATUSES),
    priority: oneOrMore(TICKET_PRIORITIES),
    category: oneOrMore(TICKET_CATEGORIES),
    channel: oneOrMore(TICKET_CHANNELS),
    group: z
      .string()
      .trim()
      .max(40)
      .regex(/^[a-z0-9_-]+$/, "a group key such as payments")
      .optional(),
    assignee: key.optional().describe("A staff user id, me, or none (unassigned)"),
    tag: plainText(40).pipe(z.string().min(1)).optional(),
    q: plainText(200).pipe(z.string().min(1)).optional(),
  })
  .describe(
    "Query parameters of GET /agent/tickets: view, status, priority, category, channel, group, assignee, tag, q",
  );

export type SavedFilters = z.infer<typeof savedFiltersSchema>;

/** Only the keys that have a value, as the queue's query string would carry them. */
export function compactFilters(filters: SavedFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters))
    if (typeof value === "string" && value !== "") out[name] = value;
  return out;
}
