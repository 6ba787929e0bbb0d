import { type RawBuilder, type SqlBool, sql } from "kysely";
import type {
  TicketCategory,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import {
  assignedTo,
  breached,
  dueSoon,
  likePattern,
  needsAgent,
  nextDue,
  unassigned,
  unsolved,
  visible,
} from "./conditions.js";
import { type AgentTicketRow, presentRows } from "./present.js";

export const QUEUE_VIEWS = ["unassigned", "mine", "open", "all", "due_soon", "breached"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface QueueFilter {
  view: QueueView;
  status?: TicketStatus[] | undefined;
  priority?: TicketPriority[] | undefined;
  category?: TicketCategory[] | undefined;
  channel?: TicketChannel[] | undefined;
  group?: string | undefined;
  /** A staff user id, "me", or "none" (unassigned). */
  assignee?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
}

/**
 * How each view is sorted: the work that waits longest first in the unassigned queue, the
 * nearest deadline first in the SLA views, the latest activity first elsewhere.
 */
type Order = "recent" | "oldest" | "due";
const ORDER_OF: Record<QueueView, Order> = {
  unassigned: "oldest",
  mine: "recent",
  open: "recent",
  all: "recent",
  due_soon: "due",
  breached: "due",
};

interface Cursor {
  order: Order;
  at: Date;
  id: string;
}

const encodeCursor = (c: Cursor) =>
  Buffer.from(JSON.stringify([c.order, c.at.toISOString(), c.id])).toString("base64url");

function decodeCursor(text: string, order: Order): Cursor {
  try {
    const [o, at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(at));
    if (o !== order || typeof id !== "string" || id.length > 64 || Number.isNaN(date.getTime()))
      throw new Error("shape");
    return { order, at: date, id };
  } catch {
    // A cursor of another view (or made up) would skip or repeat tickets; say so instead.
    throw new DomainError("validation_failed", {}, [
      {
        in: "query",
        path: "/cursor",
        code: "invalid",
        message: "a nextCursor from the same view's previous page",
      },
    ]);
  }
}

const sortKey: Record<Order, RawBuilder<Date>> = {
  recent: sql<Date>`t.updated_at`,
  oldest: sql<Date>`t.created_at`,
  due: sql<Date>`${nextDue}`,
};

function viewCondition(view: QueueView, staffId: string, now: Date): RawBuilder<SqlBool> | null {
  switch (view) {
    case "unassigned":
      return unassigned;
    case "mine":
      return assignedTo(staffId);
    case "open":
      return needsAgent;
    case "due_soon":
      return dueSoon(now);
    case "breached":
      return breached(now);
    case "all":
      return null;
  }
}

/** "#100001" or "100001": a ticket number people read out. */
const NUMBER = /^#?(\d{1,15})$/;

/**
 * q: a ticket number, or text found in the requester's email or name, the subject or any
 * message of the thread (internal notes included: agents wrote them to be found).
 */
function searchCondition(q: string): RawBuilder<SqlBool> {
  const number = NUMBER.exec(q)?.[1];
  const pattern = likePattern(q);
  const text = sql<SqlBool>`(t.requester_email ilike ${pattern}
    or t.subject ilike ${pattern}
    or t.requester_name ilike ${pattern}
    or exists (select 1 from support_messages m where m.ticket_id = t.id and m.body ilike ${pattern}))`;
  return number ? sql<SqlBool>`(t.number = ${number} or ${text})` : text;
}

/** One page of a queue, with filters; keyset pagination on the view's sort key and the id. */
export async function listQueue(
  deps: SupportDeps,
  staffId: string,
  filter: QueueFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: AgentTicketRow[]; nextCursor: string | null }> {
  const { db, clock } = deps.platform;
  const now = clock.now();
  const order = ORDER_OF[filter.view];
  const key = sortKey[order];
  const q = filter.q?.trim() || undefined;

  let query = db
    .selectFrom("support_tickets as t")
    .selectAll("t")
    .select([
      sql<Date | null>`(select max(m.created_at) from support_messages m where m.ticket_id = t.id)`.as(
        "last_message_at",
      ),
      key.as("sort_at"),
    ])
    .where(visible);

  const view = viewCondition(filter.view, staffId, now);
  if (view) query = query.where(view);
  // Merged tickets are closed and live on in their target; shown when asked for closed ones or by number.
  const wantsClosed = filter.status?.includes("closed") || (q !== undefined && NUMBER.test(q));
  if (!wantsClosed) query = query.where("t.merged_into_id", "is", null);
  if (filter.status?.length) query = query.where("t.status", "in", filter.status);
  if (filter.priority?.length) query = query.where("t.priority", "in", filter.priority);
  if (filter.category?.length) query = query.where("t.category", "in", filter.category);
  if (filter.channel?.length) query = query.where("t.channel", "in", filter.channel);
  if (filter.group) query = query.where("t.group_key", "=", filter.group);
  if (filter.assignee === "none") query = query.where("t.assignee_id", "is", null);
  else if (filter.assignee)
    query = query.where("t.assignee_id", "=", filter.assignee === "me" ? staffId : filter.assignee);
  if (filter.tag) query = query.where(sql<SqlBool>`t.tags @> ${JSON.stringify([filter.tag])}::jsonb`);
  if (q) query = query.where(searchCondition(q));

  const descending = order === "recent";
  if (page.cursor) {
    const after = decodeCursor(page.cursor, order);
    query = query.where(
      descending
        ? sql<SqlBool>`(${key}, t.id) < (${after.at}, ${after.id})`
        : sql<SqlBool>`(${key}, t.id) > (${after.at}, ${after.id})`,
    );
  }
  const direction = descending ? sql`desc` : sql`asc`;
  const rows = await query
    .orderBy(sql`${key} ${direction}`)
    .orderBy(sql`t.id ${direction}`)
    .limit(page.limit + 1)
    .execute();

  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    data: await presentRows(deps, db, pageRows, now),
    nextCursor:
      rows.length > page.limit && last?.sort_at
        ? encodeCursor({ order, at: new Date(last.sort_at), id: last.id })
        : null,
  };
}

/** The numbers on the console's tabs, in one pass over the unsolved tickets. */
export async function queueCounts(deps: SupportDeps, staffId: string) {
  const now = deps.platform.clock.now();
  const row = await deps.platform.db
    .selectFrom("support_tickets as t")
    .select([
      sql<string>`count(*) filter (where ${unassigned})`.as("unassigned"),
      sql<string>`count(*) filter (where ${assignedTo(staffId)})`.as("mine"),
      sql<string>`count(*) filter (where ${needsAgent})`.as("open"),
      sql<string>`count(*) filter (where ${dueSoon(now)})`.as("due_soon"),
      sql<string>`count(*) filter (where ${breached(now)})`.as("breached"),
      sql<string>`count(*) filter (where t.status = 'pending')`.as("pending"),
      sql<string>`count(*) filter (where t.status = 'on_hold')`.as("on_hold"),
    ])
    .where(visible)
    .where(unsolved)
    .where("t.merged_into_id", "is", null)
    .executeTakeFirstOrThrow();
  return {
    unassigned: Number(row.unassigned),
    mine: Number(row.mine),
    open: Number(row.open),
    dueSoon: Number(row.due_soon),
    breached: Number(row.breached),
    pending: Number(row.pending),
    onHold: Number(row.on_hold),
  };
}
