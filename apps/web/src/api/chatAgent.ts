import { CHAT_STATES, type ChatState } from "./chatProtocol";
import { api } from "./client";
import { isRecord, num, signal, str, strOrNull } from "./parse";
import { id } from "./staffPayments";

// The agents' side of live chat over REST (contract of issue #8): the waiting queue and my chats,
// taking a chat, ending one. The conversation itself runs over the socket (chatSocket.ts).

export interface ChatCustomer {
  name: string | null;
  email: string | null;
  /** Set when the chat is a signed-in customer's (or the address is a verified customer's). */
  userId: string | null;
}

export interface AgentChat {
  /** The chat's id, which is its ticket's id. */
  id: string;
  number: string;
  state: ChatState;
  customer: ChatCustomer;
  /** When the customer started waiting (for the queue's wait time). */
  waitingSince: string | null;
  /** Position in the queue (1 = next), when waiting. */
  queuePosition: number | null;
  agentName: string | null;
  /** Messages from the customer the agent has not read, when the server counts them. */
  unread: number;
  lastMessage: string | null;
  language: string | null;
}

export interface AgentChats {
  waiting: AgentChat[];
  mine: AgentChat[];
  agentsOnline: number;
}

function parseCustomer(value: Record<string, unknown>): ChatCustomer {
  const nested = isRecord(value.customer) ? value.customer : isRecord(value.requester) ? value.requester : {};
  return {
    name: strOrNull(nested.name) ?? strOrNull(value.customerName) ?? strOrNull(value.name),
    email: strOrNull(nested.email) ?? strOrNull(value.customerEmail) ?? strOrNull(value.email),
    userId: strOrNull(nested.userId) ?? strOrNull(nested.id) ?? strOrNull(value.userId),
  };
}

export function parseAgentChat(value: unknown): AgentChat | null {
  if (!isRecord(value)) return null;
  const chatId = strOrNull(value.chatId) ?? strOrNull(value.id) ?? strOrNull(value.ticketId);
  if (!chatId) return null;
  const last = isRecord(value.lastMessage) ? value.lastMessage.body : value.lastMessage;
  return {
    id: chatId,
    number: typeof value.number === "number" ? String(value.number) : str(value.number).replace(/^#/, ""),
    state: CHAT_STATES.find((s) => s === value.state) ?? "waiting",
    customer: parseCustomer(value),
    // The server's count of seconds, so a browser clock that is off does not skew the wait.
    waitingSince:
      typeof value.waitSeconds === "number"
        ? new Date(Date.now() - value.waitSeconds * 1000).toISOString()
        : (strOrNull(value.waitingSince) ?? strOrNull(value.createdAt)),
    queuePosition: typeof value.queuePosition === "number" ? value.queuePosition : null,
    agentName: strOrNull(value.agentName) ?? (isRecord(value.agent) ? strOrNull(value.agent.name) : null),
    unread: num(value.unread, num(value.unreadCount)),
    lastMessage: strOrNull(last),
    language: strOrNull(value.language),
  };
}

function chats(value: unknown): AgentChat[] {
  return Array.isArray(value) ? value.map(parseAgentChat).filter((c): c is AgentChat => c !== null) : [];
}

export async function listAgentChats(abort?: AbortSignal): Promise<AgentChats> {
  const body = await api.get<unknown>("/api/v1/agent/chats", signal(abort));
  const b = isRecord(body) ? body : {};
  // Waiting chats come oldest first: the order they are served in.
  const waiting = chats(b.waiting);
  return { waiting, mine: chats(b.mine), agentsOnline: num(b.agentsOnline) };
}

export async function takeChat(chatId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/agent/chats/${id(chatId)}/take`);
}

export async function endAgentChat(chatId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/agent/chats/${id(chatId)}/end`);
}
