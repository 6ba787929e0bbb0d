import { type ExpressionBuilder, sql } from "kysely";
import type { DB } from "../../../platform/db/schema.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { presentTicketSummary } from "../tickets/present.js";

/**
 * The customer's earlier tickets and how they rated us, for the panel: what they wrote about
 * before (signed in, or as a guest with the same address once the guest proved it), and
 * whether they left happy. Three queries, on the user and email indexes.
 */

const PREVIOUS_TICKETS = 20;
const RECENT_RATINGS = 5;

/** The customer's own tickets, and verified guest tickets sent from their address. */
export const ofCustomer =
  (customer: { id: string; email: string }) => (eb: ExpressionBuilder<DB, "support_tickets">) =>
    eb.or([
      eb("user_id", "=", customer.id),
      eb.and([
        eb("user_id", "is", null),
        eb(sql<string>`lower(requester_email)`, "=", customer.email.toLowerCase()),
        eb("guest_verified_at", "is not", null),
      ]),
    ]);

export async function ticketHistory(executor: Executor, customer: { id: string; email: string }) {
  const rows = await executor
    .selectFrom("support_tickets")
    .selectAll()
    .where(ofCustomer(customer))
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(PREVIOUS_TICKETS)
    .execute();
  const totals = await executor
    .selectFrom("support_tickets")
    .select([
      sql<string | null>`avg(satisfaction_score)`.as("average"),
      (eb) => eb.fn.count<string>("satisfaction_score").as("count"),
    ])
    .where(ofCustomer(customer))
    .where("satisfaction_score", "is not", null)
    .executeTakeFirst();
  const rated = await executor
    .selectFrom("support_tickets")
    .select(["id", "number", "satisfaction_score", "satisfaction_comment", "rated_at"])
    .where(ofCustomer(customer))
    .where("satisfaction_score", "is not", null)
    .orderBy("rated_at", "desc")
    .orderBy("id", "desc")
    .limit(RECENT_RATINGS)
    .execute();
  const average = totals?.average === null || totals?.average === undefined ? null : Number(totals.average);
  return {
    tickets: rows.map((t) => ({
      ...presentTicketSummary(t),
      mergedIntoId: t.merged_into_id,
      satisfaction:
        t.satisfaction_score === null
          ? null
          : { score: t.satisfaction_score, comment: t.satisfaction_comment },
    })),
    satisfaction: {
      average: average === null ? null : Math.round(average * 100) / 100,
      count: Number(totals?.count ?? 0),
      recent: rated.map((r) => ({
        ticketId: r.id,
        number: String(r.number),
        score: r.satisfaction_score as number,
        comment: r.satisfaction_comment,
        ratedAt: r.rated_at?.toISOString() ?? null,
      })),
    },
  };
}

export type TicketHistory = Awaited<ReturnType<typeof ticketHistory>>;
