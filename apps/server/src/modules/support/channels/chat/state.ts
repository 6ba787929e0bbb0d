import { sql } from "kysely";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { staffCaller } from "../../console/access.js";
import type { SupportDeps } from "../../deps.js";
import { describeTarget } from "../../tickets/emails.js";
import type { TicketRow } from "../../tickets/repository.js";

/**
 * What a chat looks like from outside: its state (a chat whose ticket opened with nobody
 * online is "offline": an ordinary ticket answered by email), where it stands in the queue,
 * how many agents of its group are online, who is answering.
 */

export type ChatStateView = "waiting" | "active" | "ended" | "offline";

export const chatStateOf = (ticket: Pick<TicketRow, "chat_state">): ChatStateView =>
  ticket.chat_state ?? "offline";

export interface ChatView {
  chatId: string;
  number: string;
  state: ChatStateView;
  /** 1 = next to be taken; null unless waiting. */
  queuePosition: number | null;
  agentsOnline: number;
  agentName: string | null;
  /** Offline chats: when to expect the answer by email. */
  expectedReply?: { en: string; "zh-CN": string };
}

/** 1 for the chat taken next in its group (the oldest waiting), null when it is not waiting. */
export async function queuePosition(executor: Executor, ticket: TicketRow): Promise<number | null> {
  if (ticket.chat_state !== "waiting") return null;
  // Earlier by creation, then by number (several chats in one millisecond, a clock standing still).
  const row = await executor
    .selectFrom("support_tickets")
    .select((eb) => eb.fn.countAll<string>().as("ahead"))
    .where("chat_state", "=", "waiting")
    .where("group_key", "=", ticket.group_key)
    .where("merged_into_id", "is", null)
    .where("status", "!=", "closed")
    .where(sql<boolean>`(created_at, number) < (${ticket.created_at}, ${ticket.number})`)
    .executeTakeFirst();
  return Number(row?.ahead ?? 0) + 1;
}

/** Online agents (their console's heartbeat is recent) who work the group's chats. */
export async function agentsOnline(deps: SupportDeps, executor: Executor, groupKey: string): Promise<number> {
  const groups = await deps.assignment.groups(executor, deps.platform.clock.now());
  const group = groups.find((g) => g.key === groupKey);
  return group?.members.filter((m) => m.status === "online").length ?? 0;
}

/** The group a new chat goes to (chats are not categorised: "other"). */
export const chatGroup = (deps: SupportDeps, executor: Executor) =>
  deps.assignment.groupFor(executor, "other");

/** The agent's name as customers see it on replies. */
export async function agentName(
  deps: SupportDeps,
  executor: Executor,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  // The role does not matter for the name; staffCaller is where the console decides it.
  return (await staffCaller(deps, executor, { userId, role: "agent" })).name;
}

export async function expectedReply(
  deps: SupportDeps,
  executor: Executor,
  ticket: Pick<TicketRow, "priority">,
) {
  const target = await deps.sla.expectation(executor, ticket.priority);
  return { en: describeTarget(target, "en"), "zh-CN": describeTarget(target, "zh-CN") };
}

export async function chatView(deps: SupportDeps, executor: Executor, ticket: TicketRow): Promise<ChatView> {
  const state = chatStateOf(ticket);
  return {
    chatId: ticket.id,
    number: String(ticket.number),
    state,
    queuePosition: await queuePosition(executor, ticket),
    agentsOnline: await agentsOnline(deps, executor, ticket.group_key),
    agentName: state === "active" ? await agentName(deps, executor, ticket.assignee_id) : null,
    ...(state === "offline" ? { expectedReply: await expectedReply(deps, executor, ticket) } : {}),
  };
}
