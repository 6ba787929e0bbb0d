import { insertTicket, type TicketRow } from "../modules/support/tickets/repository.js";
import type { UserRole } from "../platform/db/schema.js";
import type { TicketAccountContext } from "../platform/db/schema-support.js";
import { STRONG_PASSWORD } from "./accounts-helpers.js";
import { buildUser } from "./factories.js";
import type { TestContext } from "./test-app.js";

/** Test factories of the console's live side: staff of every support role, tickets, the event stream. */

let sequence = 0;

export interface SupportStaff {
  userId: string;
  name: string;
  email: string;
  auth: { authorization: string };
}

/** A signed-in support staff member (any role, supervisors included), made as an operator would. */
export async function buildSupportStaff(
  ctx: TestContext,
  role: Exclude<UserRole, "customer">,
  name = `Staff ${role} ${sequence + 1}`,
): Promise<SupportStaff> {
  sequence += 1;
  const email = `${role}-live${sequence}-${Date.now()}@example.test`;
  const user = await buildUser(ctx, { email, role, name, password: STRONG_PASSWORD });
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { userId: user.id, name, email, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/**
 * A ticket written straight into the database (the ticket routes are another part's work):
 * a customer's when `userId` is given, else a guest's (confirmed unless `verified` is false).
 */
export async function buildTicketRow(
  ctx: TestContext,
  spec: {
    userId?: string;
    requesterName?: string | null;
    requesterEmail?: string;
    language?: "en" | "zh-CN";
    verified?: boolean;
    context?: TicketAccountContext;
  } = {},
): Promise<TicketRow> {
  sequence += 1;
  const now = ctx.platform.clock.now();
  return insertTicket(ctx.platform.db, {
    id: ctx.platform.ids.next("ticket"),
    user_id: spec.userId ?? null,
    requester_email: spec.requesterEmail ?? `requester${sequence}@example.test`,
    requester_name: spec.requesterName === undefined ? "Requester Person" : spec.requesterName,
    language: spec.language ?? "en",
    guest_verified_at: spec.userId || spec.verified === false ? null : now,
    category: "other",
    subject: `Help needed ${sequence}`,
    status: "new",
    priority: "normal",
    group_key: await someGroup(ctx),
    tags: "[]",
    context: JSON.stringify(spec.context ?? {}),
    created_at: now,
    updated_at: now,
  });
}

async function someGroup(ctx: TestContext): Promise<string> {
  const row = await ctx.platform.db
    .selectFrom("support_groups")
    .select("key")
    .orderBy("position")
    .executeTakeFirst();
  if (!row) throw new Error("no support group seeded");
  return row.key;
}

/** One event read from a server-sent event stream. */
export interface StreamedEvent {
  event: string;
  data: string;
}

/**
 * Opens the console's event stream on a listening server and reads it: `next()` waits for the
 * next event (comments and the retry line are collected in `preamble`), `close()` hangs up.
 */
export async function openEventStream(url: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const reader = response.body?.getReader();
  if (!reader) throw new Error(`no stream: ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  const preamble: string[] = [];

  async function readBlock(timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!buffer.includes("\n\n")) {
      if (!reader) throw new Error("closed");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms; got ${JSON.stringify(buffer)}`);
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error("the stream ended");
      buffer += decoder.decode(chunk.value, { stream: true });
    }
    const end = buffer.indexOf("\n\n");
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    return block;
  }

  return {
    response,
    preamble,
    /** The opening lines (retry and a comment): once read, the server is listening. */
    async opened(timeoutMs = 5_000): Promise<string> {
      const block = await readBlock(timeoutMs);
      preamble.push(block);
      return block;
    },
    async next(timeoutMs = 5_000): Promise<StreamedEvent> {
      for (;;) {
        const block = await readBlock(timeoutMs);
        const lines = block.split("\n");
        const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
        const data = lines.find((l) => l.startsWith("data: "))?.slice(6);
        if (event !== undefined && data !== undefined) return { event, data };
        preamble.push(block);
      }
    },
    close(): void {
      abort.abort();
    },
  };
}

/** Waits until the check holds (notifications travel asynchronously). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
