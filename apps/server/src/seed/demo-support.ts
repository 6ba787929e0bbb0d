import { replyToTicket } from "../modules/support/console/reply.js";
import { customerClose, rateTicket } from "../modules/support/tickets/conversation.js";
import { createCustomerTicket } from "../modules/support/tickets/create.js";
import type { TicketCategory, TicketChannel, TicketPriority } from "../platform/db/schema-support.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_SUPPORT_KEY = "demo_support";
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface DemoSupportPeople {
  customer: string;
  friend: string;
  agents: string[];
  supervisor: string;
  compliance: string;
  admin: string;
}

/**
 * The support desk in use: staff in their groups, a few live tickets in every state for the
 * demo customers (one about Alice's refused transfer, waiting for an agent), and a month of
 * answered and rated tickets so the supervisor reports have something to show. Runs once.
 */
export async function seedDemoSupport(
  platform: Platform,
  services: Services,
  people: DemoSupportPeople,
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_SUPPORT_KEY)) return false;
  const find = (email: string) => services.users.findByEmail(email);
  const [alice, bob, supervisor, compliance, admin] = await Promise.all(
    [people.customer, people.friend, people.supervisor, people.compliance, people.admin].map(find),
  );
  const agents = (await Promise.all(people.agents.map(find))).filter((a) => a !== undefined);
  const [sam] = agents;
  if (!alice || !bob || !sam || !supervisor || !compliance || !admin) return false;
  report("  support desk: staff groups, live tickets for the demo customers, a month of answered tickets");
  await services.support.seed();
  const deps = services.support.deps;
  const db = platform.db;

  const members: [string, string][] = [
    ...agents.flatMap((a): [string, string][] => [
      ["general", a.id],
      ["payments", a.id],
    ]),
    ["security", sam.id],
    ["general", supervisor.id],
    ["payments", supervisor.id],
    ["security", supervisor.id],
    ["compliance", compliance.id],
  ];
  await db
    .insertInto("support_group_members")
    .values(members.map(([group_key, user_id]) => ({ group_key, user_id, last_assigned_at: null })))
    .onConflict((oc) => oc.columns(["group_key", "user_id"]).doNothing())
    .execute();

  await seedTicketHistory(platform, { customers: [alice.id, bob.id], agents: agents.map((a) => a.id) });

  // Live tickets, through the same code a customer and an agent use.
  const staff = { userId: sam.id, role: sam.role };
  const refused = await db
    .selectFrom("transactions")
    .select("id")
    .where("user_id", "=", alice.id)
    .where("status", "=", "failed")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  await createCustomerTicket(deps, alice.id, {
    category: "transaction",
    subject: "My transfer was refused",
    description: "I tried to send money and it was refused. I have enough in my wallet — what happened?",
    transactionIds: refused ? [refused.id] : [],
    language: "en",
  });
  const limits = await createCustomerTicket(deps, alice.id, {
    category: "verification",
    subject: "How do I raise my limits?",
    description: "I would like to withdraw more each month. What do I need to do?",
    language: "en",
  });
  await replyToTicket(deps, staff, limits.id, {
    body: "Hello Alice, verifying your identity raises your limits. Open Verification in your account, upload your ID, and we usually review it within a day.",
  });
  const alicesView = { kind: "user" as const, userId: alice.id };
  await customerClose(deps, alicesView, limits.id);
  await rateTicket(deps, alicesView, limits.id, { score: 5, comment: "Quick and clear, thank you!" });
  const deposit = await createCustomerTicket(deps, bob.id, {
    category: "deposit",
    subject: "充值还没到账",
    description: "我昨天通过银行转账充值了 500 元，到现在还没有到账，请帮忙查一下。",
    language: "zh-CN",
  });
  await replyToTicket(deps, staff, deposit.id, {
    body: "王先生您好，请提供转账时的汇款附言（参考号）和银行回单截图，我们会立即为您追踪这笔充值。",
  });
  await setMeta(db, DEMO_SUPPORT_KEY, { at: platform.clock.now().toISOString() }, platform.clock.now());
  return true;
}

const HISTORY_SUBJECTS: { category: TicketCategory; subject: string }[] = [
  { category: "deposit", subject: "Card deposit declined" },
  { category: "withdrawal", subject: "Withdrawal still pending" },
  { category: "login_access", subject: "Locked out after too many attempts" },
  { category: "transaction", subject: "Sent money to the wrong wallet" },
  { category: "verification", subject: "Which documents do you accept?" },
  { category: "security", subject: "Email asking for my password" },
  { category: "other", subject: "Change my display language" },
];
const CHANNELS: TicketChannel[] = ["web", "web", "web", "email", "chat", "phone"];

/**
 * A month of finished tickets written directly (the clock cannot go back): spread over the
 * days, answered within a few working hours, mostly solved and rated, a few late.
 */
async function seedTicketHistory(platform: Platform, who: { customers: string[]; agents: string[] }) {
  const now = platform.clock.now().getTime();
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const rows = [];
  for (let i = 0; i < 90; i++) {
    const pick = HISTORY_SUBJECTS[next(HISTORY_SUBJECTS.length)] ?? HISTORY_SUBJECTS[0];
    if (!pick) continue;
    const created = new Date(now - (30 - (i * 30) / 90) * DAY_MS - next(600) * MINUTE_MS);
    const priority: TicketPriority =
      pick.category === "security" ? "urgent" : pick.category === "login_access" ? "high" : "normal";
    const firstAfter = (priority === "urgent" ? 20 : 60) + next(priority === "urgent" ? 60 : 720);
    const responded = new Date(created.getTime() + firstAfter * MINUTE_MS);
    const solved = new Date(responded.getTime() + (60 + next(2_400)) * MINUTE_MS);
    const open = i >= 84;
    const rated = !open && next(3) !== 0;
    const score = next(10) < 8 ? 4 + next(2) : 1 + next(3);
    const customer = who.customers[i % who.customers.length] ?? "";
    rows.push({
      id: platform.ids.next("ticket"),
      user_id: customer,
      requester_email: "",
      requester_name: null as string | null,
      language: i % 3 === 0 ? ("zh-CN" as const) : ("en" as const),
      guest_verified_at: null,
      category: pick.category,
      subject: pick.subject,
      status: open
        ? ("open" as const)
        : solved.getTime() + 7 * DAY_MS < now
          ? ("closed" as const)
          : ("solved" as const),
      priority,
      channel: CHANNELS[next(CHANNELS.length)] ?? "web",
      group_key:
        pick.category === "security"
          ? "security"
          : ["deposit", "withdrawal", "transaction"].includes(pick.category)
            ? "payments"
            : "general",
      assignee_id: who.agents[i % who.agents.length] ?? null,
      tags: JSON.stringify([]),
      context: JSON.stringify({}),
      merged_into_id: null,
      deflection_id: null,
      first_response_due_at: new Date(created.getTime() + (priority === "urgent" ? 60 : 540) * MINUTE_MS),
      resolution_due_at: new Date(created.getTime() + (priority === "urgent" ? 480 : 2_700) * MINUTE_MS),
      first_responded_at: responded,
      sla_paused_since: null,
      sla_warned_at: null,
      solved_at: open ? null : solved,
      closed_at:
        !open && solved.getTime() + 7 * DAY_MS < now ? new Date(solved.getTime() + 7 * DAY_MS) : null,
      satisfaction_score: rated ? score : null,
      satisfaction_comment: null,
      rated_at: rated ? solved : null,
      last_customer_activity_at: created,
      last_agent_activity_at: open ? responded : solved,
      created_at: created,
      updated_at: open ? responded : solved,
    });
  }
  // Requester addresses as they were when the tickets came in.
  const emails = await platform.db
    .selectFrom("users")
    .select(["id", "email", "name"])
    .where("id", "in", who.customers)
    .execute();
  for (const row of rows) {
    const user = emails.find((u) => u.id === row.user_id);
    row.requester_email = user?.email ?? "";
    row.requester_name = user?.name ?? null;
  }
  await platform.db.insertInto("support_tickets").values(rows).execute();
  // Each with the question and the answer, so the console shows a thread.
  const agentNames = new Map(
    (
      await platform.db.selectFrom("users").select(["id", "name"]).where("id", "in", who.agents).execute()
    ).map((a) => [a.id, a.name]),
  );
  await platform.db
    .insertInto("support_messages")
    .values(
      rows.flatMap((row) => [
        {
          id: platform.ids.next("ticketMessage"),
          ticket_id: row.id,
          author_type: "customer" as const,
          author_id: row.user_id,
          author_name: row.requester_name,
          body: row.subject,
          attachments: "[]",
          created_at: row.created_at,
        },
        {
          id: platform.ids.next("ticketMessage"),
          ticket_id: row.id,
          author_type: "agent" as const,
          author_id: row.assignee_id,
          author_name: agentNames.get(row.assignee_id ?? "") ?? null,
          body:
            row.language === "zh-CN"
              ? "您好，我们已经处理了您的问题，如有其他疑问请随时回复。"
              : "Hello, we have looked into this for you. Reply here if anything is still unclear.",
          attachments: "[]",
          created_at: row.first_responded_at,
        },
      ]),
    )
    .execute();
}
