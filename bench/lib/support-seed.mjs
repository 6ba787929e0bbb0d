// Seeds the support desk of the support-queue bench straight into the database: customers,
// then two years of tickets with their threads and event trails (bench/lib/support-ticket.mjs),
// a few thousand rows per statement (bench/lib/support-load.mjs). Volume grows over the two
// years, almost everything older than two weeks is closed, recent tickets are spread over every
// status, and deadlines follow the seeded SLA policies.
import { sql } from "kysely";
import {
  bulkLoad,
  EVENT_COLUMNS,
  insertRows,
  MESSAGE_COLUMNS,
  seededRandom,
  TICKET_COLUMNS,
  USER_COLUMNS,
} from "./support-load.mjs";
import { COMMON_WORD, person } from "./support-text.mjs";
import { DAY, MINUTE, makeTicket } from "./support-ticket.mjs";

const TICKET_BATCH = 2_000;
const CUSTOMER_BATCH = 5_000;

/**
 * The desk at `now`: `tickets` tickets over the two years before it, from customers (a few
 * write often) and guests, worked by `agents` ([{ id, name }], the bench's own agent first).
 * `regular` ({ id, email, name }) gets 50 of them. `newId(kind, at)` makes an id of that time.
 * Returns what the requests of the bench need: ticket numbers, emails, references, ticket ids.
 */
export async function seedDesk(db, { tickets, now, agents, regular, newId, onProgress = () => {} }) {
  return bulkLoad(
    db,
    async (connection) => {
      const random = seededRandom();
      const started = now.getTime() - 730 * DAY;
      const customers = await seedCustomers(connection, { random, started, tickets, newId, onProgress });

      // Arrival times: volume grows over the two years (density rises linearly), sorted so
      // numbers follow time as the sequence hands them out.
      const times = new Float64Array(tickets);
      for (let i = 0; i < tickets; i++) times[i] = started + Math.sqrt(random.next()) * 730 * DAY;
      times.sort();
      const desk = {
        random,
        now,
        newId,
        agents,
        customers,
        agentWeights: agents.map((a, i) => [a, 1 / (1 + 0.08 * i)]),
        regularPerson: { ...regular, language: "en", wallet: "7999999999" },
        regularEvery: Math.floor(tickets / 50),
        lastTicketOf: new Map(),
      };
      const out = {
        customers: customers.length,
        commonWord: COMMON_WORD,
        counts: {},
        messages: 0,
        events: 0,
        numbers: [],
        emails: [],
        references: [],
        recentIds: [],
        oldIds: [],
      };
      for (let start = 0; start < tickets; start += TICKET_BATCH) {
        const ticketRows = [];
        const messageRows = [];
        const eventRows = [];
        for (let i = start; i < Math.min(tickets, start + TICKET_BATCH); i++) {
          const made = makeTicket(desk, i, Math.min(times[i], now.getTime() - MINUTE));
          ticketRows.push(made.ticket);
          messageRows.push(...made.messages);
          eventRows.push(...made.events);
          remember(out, made.facts, 100_001 + i, random.next);
        }
        await insertRows(connection, "support_tickets", TICKET_COLUMNS, ticketRows);
        await insertRows(connection, "support_messages", MESSAGE_COLUMNS, messageRows);
        await insertRows(connection, "support_ticket_events", EVENT_COLUMNS, eventRows);
        out.messages += messageRows.length;
        out.events += eventRows.length;
        onProgress(
          `tickets ${Math.min(tickets, start + TICKET_BATCH).toLocaleString("en")}/${tickets.toLocaleString("en")}, messages ${out.messages.toLocaleString("en")}`,
        );
      }
      await sql`select setval('support_ticket_number', ${100_000 + tickets})`.execute(connection);
      return out;
    },
    onProgress,
  );
}

/** About one customer for every 2.5 tickets; most write once, a few many times. */
async function seedCustomers(db, { random, started, tickets, newId, onProgress }) {
  const { next, pick } = random;
  const count = Math.max(50, Math.round(tickets / 2.5));
  const customers = [];
  for (let start = 0; start < count; start += CUSTOMER_BATCH) {
    const rows = [];
    for (let n = start; n < Math.min(count, start + CUSTOMER_BATCH); n++) {
      const joined = new Date(started - next() * 365 * DAY).toISOString();
      const { name, email } = person(n, pick);
      const language = next() < 0.55 ? "zh-CN" : "en";
      const customer = {
        id: newId("user", joined),
        email,
        name,
        language,
        wallet: `7${String(n).padStart(9, "0")}`,
      };
      customers.push(customer);
      rows.push({
        id: customer.id,
        email,
        name,
        password_hash: "bench-no-sign-in",
        role: "customer",
        language,
        country: language === "zh-CN" ? "CN" : pick(["US", "GB", "SG", "HK"]),
        wallet_number: customer.wallet,
        email_verified_at: joined,
        verification_level: pick([0, 1, 1, 2]),
        created_at: joined,
        updated_at: joined,
      });
    }
    await insertRows(db, "users", USER_COLUMNS, rows);
    onProgress(`customers ${customers.length.toLocaleString("en")}/${count.toLocaleString("en")}`);
  }
  return customers;
}

/**
 * What the bench's requests will ask for: about 1 % of the numbers, addresses, references and
 * old tickets (the first one always, so a small desk has some), and every recent ticket.
 */
function remember(out, facts, number, next) {
  const sample = (list) => list.length === 0 || next() < 0.01;
  out.counts[facts.status] = (out.counts[facts.status] ?? 0) + 1;
  if (!facts.isGuest && !facts.isRegular && sample(out.emails)) out.emails.push(facts.email);
  if (facts.firstBody.includes(facts.ref) && sample(out.references)) out.references.push(facts.ref);
  // Guests' tickets not yet confirmed are nobody's work: the console never shows them.
  if (!facts.verified) return;
  if (sample(out.numbers)) out.numbers.push(number);
  if (facts.age < 14 * DAY) out.recentIds.push(facts.id);
  else if (sample(out.oldIds)) out.oldIds.push(facts.id);
}
