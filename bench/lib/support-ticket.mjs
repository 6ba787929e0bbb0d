// One ticket of the support-queue bench's desk: the row, its thread and its event trail, shaped
// by its age (almost everything older than two weeks is closed), its category (group, priority)
// and the seeded SLA policies (due dates).
import { agentReply, customerFollowUp, internalNote, opening, person, TAGS } from "./support-text.mjs";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A business minute in calendar time, roughly: 540 minutes a working day, five days a week. */
const BUSINESS = (minutes) => (minutes / 540) * DAY * (7 / 5);
/** The seeded policies (sla/defaults.ts): first response and resolution. */
const TARGETS = {
  urgent: [60 * MINUTE, 480 * MINUTE],
  high: [BUSINESS(240), BUSINESS(1620)],
  normal: [BUSINESS(540), BUSINESS(2700)],
  low: [BUSINESS(1080), BUSINESS(5400)],
};
const CATEGORIES = [
  ["transaction", 25],
  ["deposit", 18],
  ["withdrawal", 15],
  ["login_access", 15],
  ["verification", 12],
  ["security", 5],
  ["other", 10],
];
const GROUP_OF = {
  transaction: "payments",
  deposit: "payments",
  withdrawal: "payments",
  login_access: "general",
  verification: "general",
  other: "general",
  security: "security",
};
/** Status by the ticket's age: what a desk that keeps up looks like. */
const STATUS_BY_AGE = [
  [1 * DAY, { new: 35, open: 30, pending: 20, on_hold: 3, solved: 12 }],
  [7 * DAY, { new: 4, open: 16, pending: 25, on_hold: 5, solved: 50 }],
  [14 * DAY, { open: 6, pending: 8, on_hold: 4, closed: 82 }],
  [Number.POSITIVE_INFINITY, { closed: 995, pending: 3, on_hold: 2 }],
];
const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The i-th ticket (numbered 100001 + i), created at `created`. `desk` holds what tickets share:
 * the random source, now, the agents (weighted), customers, the regular customer and how often
 * they write, each requester's last ticket (merges go there), and `newId(kind, at)`.
 */
export function makeTicket(desk, i, created) {
  const { next, pick, weighted } = desk.random;
  const { now, newId, customers, regularPerson, regularEvery, agentWeights, agents, lastTicketOf } = desk;
  const messageRows = [];
  const eventRows = [];
  const age = now.getTime() - created;
  const isRegular = regularEvery > 0 && i % regularEvery === regularEvery - 1 && i / regularEvery < 50;
  const isGuest = !isRegular && next() < 0.08;
  const requester = isRegular
    ? regularPerson
    : isGuest
      ? { id: null, ...person(customers.length + i, pick), language: next() < 0.5 ? "zh-CN" : "en" }
      : customers[Math.floor(customers.length * next() ** 2.2)];
  const verified = !isGuest || next() < 0.95;
  const category = weighted(CATEGORIES);
  let status = weighted(STATUS_BY_AGE.find(([limit]) => age < limit)[1]);
  if (!verified) status = "new";
  const merged = status === "closed" && lastTicketOf.has(requester.email) && next() < 0.004;
  const escalated = next() < 0.01;
  const priority =
    category === "security"
      ? "urgent"
      : category === "login_access"
        ? "high"
        : weighted({ normal: 90, low: 5, high: 5 });
  const assignee =
    status === "new"
      ? next() < 0.25
        ? weighted(agentWeights)
        : null
      : status === "open" && next() < 0.2
        ? null
        : status === "closed" && next() < 0.02
          ? null
          : weighted(agentWeights);
  const ref = `TX${Math.floor(next() * 36 ** 8)
    .toString(36)
    .toUpperCase()
    .padStart(8, "0")}`;
  const amount = `${(5 + Math.floor(next() * 2_000)).toLocaleString("en")}.00 ${pick(["CNY", "USD", "HKD"])}`;
  const values = { ref, amount };
  const lang = requester.language;
  const first = opening(category, lang, values, pick);

  // The thread: customer first, then turns; who wrote last follows from the status.
  const agentLast = ["pending", "on_hold", "solved", "closed"].includes(status);
  let count;
  if (status === "new") count = next() < 0.1 ? 2 : 1;
  else if (agentLast)
    count = merged
      ? 2
      : weighted([
          [2, 55],
          [4, 35],
          [6, 10],
        ]);
  else
    count = weighted([
      [1, 30],
      [3, 55],
      [5, 15],
    ]);
  const room = status === "closed" ? Math.max(MINUTE, (age - 7 * DAY) * 0.9) : Math.max(MINUTE, age * 0.9);
  const gaps = Array.from({ length: count - 1 }, () => -Math.log(1 - next()) * 8 * HOUR);
  const total = gaps.reduce((s, g) => s + g, 0);
  const scale = total > room ? room / total : 1;
  const id = newId("ticket", created);
  let at = created;
  let firstResponded = null;
  let lastCustomer = created;
  let lastAgent = null;
  const agentName = assignee?.name ?? pick(agents).name;
  for (let m = 0; m < count; m++) {
    if (m > 0) at += Math.max(1_000, gaps[m - 1] * scale);
    const fromAgent = status !== "new" && m % 2 === 1;
    const body =
      m === 0
        ? first.body
        : fromAgent
          ? merged
            ? "This ticket was merged into an earlier one of yours."
            : agentReply(lang, values, pick)
          : customerFollowUp(lang, pick);
    messageRows.push({
      id: newId("ticketMessage", at),
      ticket_id: id,
      author_type: fromAgent ? "agent" : "customer",
      author_id: fromAgent ? (assignee?.id ?? null) : requester.id,
      author_name: fromAgent ? agentName : requester.name,
      body,
      internal: false,
      created_at: iso(at),
    });
    if (fromAgent) {
      firstResponded ??= at;
      lastAgent = at;
    } else lastCustomer = at;
    if (m === 0 && assignee && next() < 0.08)
      messageRows.push({
        id: newId("ticketMessage", at + MINUTE),
        ticket_id: id,
        author_type: "agent",
        author_id: assignee.id,
        author_name: assignee.name,
        body: internalNote(pick),
        internal: true,
        created_at: iso(at + MINUTE),
      });
  }
  const solvedAt = status === "solved" || status === "closed" ? at : null;
  const closedAt = status === "closed" ? Math.min(now.getTime() - MINUTE, at + 7 * DAY) : null;
  const [firstTarget, resolutionTarget] = TARGETS[priority];
  const rated = solvedAt !== null && !merged && next() < 0.35;
  const score = rated
    ? weighted([
        [5, 55],
        [4, 20],
        [3, 10],
        [2, 6],
        [1, 9],
      ])
    : null;
  const tagCount = weighted([
    [0, 85],
    [1, 12],
    [2, 3],
  ]);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
  if (merged) tags.length = 0;

  const ticketRow = {
    id,
    number: 100_001 + i,
    user_id: requester.id,
    requester_email: requester.email,
    requester_name: requester.name,
    language: lang,
    guest_verified_at: isGuest && verified ? iso(created + 3 * MINUTE) : null,
    category,
    subject: first.subject,
    status,
    priority: escalated && priority !== "urgent" ? "high" : priority,
    group_key: escalated ? "compliance" : GROUP_OF[category],
    assignee_id: assignee?.id ?? null,
    tags,
    context: isGuest
      ? {}
      : {
          walletNumber: requester.wallet,
          verificationLevel: 1,
          locked: category === "login_access",
          lockKind: category === "login_access" ? "soft" : null,
          twoFactor: next() < 0.6,
          frozen: false,
          emailVerified: true,
        },
    merged_into_id: merged ? lastTicketOf.get(requester.email) : null,
    first_response_due_at: iso(created + firstTarget),
    resolution_due_at: iso(created + resolutionTarget),
    first_responded_at: iso(firstResponded),
    sla_paused_since: status === "pending" ? iso(lastAgent) : null,
    solved_at: iso(solvedAt),
    closed_at: iso(closedAt),
    satisfaction_score: score,
    satisfaction_comment:
      rated && next() < 0.3 ? pick(["Quick and kind, thanks!", "太慢了", "非常感谢"]) : null,
    rated_at: rated ? iso(solvedAt + HOUR) : null,
    last_customer_activity_at: iso(lastCustomer),
    last_agent_activity_at: iso(lastAgent),
    created_at: iso(created),
    updated_at: iso(closedAt ?? at),
  };

  // The trail: created, assigned, solved, closed (by the daily chore, no actor).
  const event = (kind, actor, when, detail) =>
    eventRows.push({
      id: newId("ticketEvent", when),
      ticket_id: id,
      actor_id: actor,
      kind,
      detail,
      created_at: iso(when),
    });
  event("created", null, created, { channel: "web", priority, group: GROUP_OF[category] });
  if (assignee) event("assigned", null, created + 2_000, { to: assignee.id, by: "round_robin" });
  if (solvedAt !== null)
    event("status_changed", assignee?.id ?? null, solvedAt, { from: "pending", to: "solved" });
  if (closedAt !== null) event("status_changed", null, closedAt, { from: "solved", to: "closed" });

  if (!merged) lastTicketOf.set(requester.email, id);
  return {
    ticket: ticketRow,
    messages: messageRows,
    events: eventRows,
    facts: {
      id,
      status,
      age,
      verified,
      isGuest,
      isRegular,
      email: requester.email,
      ref,
      firstBody: first.body,
    },
  };
}

export { DAY, MINUTE };
