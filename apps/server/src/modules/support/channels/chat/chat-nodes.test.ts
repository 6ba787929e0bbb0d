import { afterAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "../../../../seed/demo.js";
import {
  baseUrl,
  type ChatClient,
  connectChat,
  type Frame,
  isMessage,
  onlineAgent,
} from "../../../../test/chat-helpers.js";
import {
  call,
  cleanUpCrashRuns,
  login,
  ok,
  prepareStore,
  startChild,
  stop,
} from "../../../../test/crash-harness.js";
import { buildTestApp } from "../../../../test/test-app.js";
import { TEST_POSTGRES_URL, testDatabaseKind } from "../../../../test/test-db.js";

/**
 * A customer on one node and an agent on another: every message reaches the other side through
 * the support live events (in-process between two apps on one embedded database; LISTEN/NOTIFY,
 * or Redis pub/sub, between two server processes on one PostgreSQL database), and a customer who
 * drops off gets what was said meanwhile, in order and once, when reconnecting with after=<seq>.
 */

interface Nodes {
  customerBase: string;
  agentBase: string;
  agentAuth: Record<string, string>;
  /** Starts a guest chat on the customer's node. */
  startChat(): Promise<{ chatId: string; token: string }>;
  take(chatId: string): Promise<void>;
}

const fromAgent = (f: Frame) => isMessage(f) && f.authorType === "agent";

async function conversationAcrossNodes(nodes: Nodes): Promise<void> {
  const chat = await nodes.startChat();
  const customer = await connectChat(nodes.customerBase, { chatId: chat.chatId, token: chat.token });
  await customer.next((f) => f.type === "hello");
  const agent = await connectChat(nodes.agentBase, {}, nodes.agentAuth);
  await nodes.take(chat.chatId);
  // The customer's node hears the take made on the agent's node.
  const [state] = await customer.all((f) => f.type === "state", 1, 10_000);
  expect(state).toMatchObject({ state: "active" });

  agent.send({ type: "join", chatId: chat.chatId, after: 0 });
  await agent.next((f) => f.type === "hello");
  customer.send({ type: "message", clientId: "hello-1", body: "Hi from node A" });
  expect(await agent.next((f) => isMessage(f) && f.body === "Hi from node A", 10_000)).toMatchObject({
    authorType: "customer",
  });
  agent.send({ type: "message", chatId: chat.chatId, clientId: "reply-1", body: "Hi from node B" });
  const reply = await customer.next((f) => fromAgent(f) && f.body === "Hi from node B", 10_000);
  // Delivered to the customer on A: the agent on B hears it.
  expect(await agent.next((f) => f.type === "delivered", 10_000)).toMatchObject({ by: "customer" });

  // The customer drops off; the agent goes on.
  await customer.close();
  for (const n of [1, 2, 3]) {
    agent.send({ type: "message", chatId: chat.chatId, clientId: `missed-${n}`, body: `Missed ${n}` });
    await agent.next((f) => f.type === "ack" && f.clientId === `missed-${n}`);
  }
  const back: ChatClient = await connectChat(nodes.customerBase, {
    chatId: chat.chatId,
    token: chat.token,
    after: String(reply.seq),
  });
  await back.next((f) => f.type === "hello");
  const missed = await back.all(isMessage, 3, 10_000);
  expect(missed.map((f) => f.body)).toEqual(["Missed 1", "Missed 2", "Missed 3"]);
  // A message after the reconnection still arrives, once; nothing was sent twice or out of order.
  agent.send({ type: "message", chatId: chat.chatId, clientId: "after-1", body: "Still there?" });
  await back.all(isMessage, 4, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const seqs = back.frames.filter(isMessage).map((f) => f.seq as number);
  expect(seqs).toHaveLength(4);
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  expect(seqs[0]).toBeGreaterThan(reply.seq as number);
  await back.close();
  await agent.close();
}

describe(`live chat across two apps on one ${testDatabaseKind} database`, () => {
  it("carries messages both ways and replays what a reconnecting customer missed", async () => {
    const nodeA = await buildTestApp();
    const nodeB = await buildTestApp({ database: nodeA.database });
    try {
      await nodeA.app.listen({ port: 0, host: "127.0.0.1" });
      await nodeB.app.listen({ port: 0, host: "127.0.0.1" });
      const agent = await onlineAgent(nodeB, "Bea Agent");
      await conversationAcrossNodes({
        customerBase: baseUrl(nodeA.app),
        agentBase: baseUrl(nodeB.app),
        agentAuth: agent.auth,
        async startChat() {
          const res = await nodeA.app.inject({
            method: "POST",
            url: "/api/v1/chat/sessions",
            payload: { name: "Nia", email: "nia@example.test", message: "Hello" },
          });
          expect(res.json()).toMatchObject({ state: "waiting" });
          return res.json();
        },
        async take(chatId) {
          const res = await nodeB.app.inject({
            method: "POST",
            url: `/api/v1/agent/chats/${chatId}/take`,
            headers: agent.auth,
          });
          expect(res.statusCode).toBe(200);
        },
      });
    } finally {
      // The second app shares the first one's database: closed first, without it.
      await nodeB.app.close();
      await nodeB.services.support.close();
      await nodeA.close();
    }
  });
});

const SAM = DEMO_LOGINS.find((l) => l.role === "agent");
const redisUrl = process.env.TEST_REDIS_URL;

describe.runIf(TEST_POSTGRES_URL)("live chat across two server processes on one PostgreSQL database", () => {
  afterAll(cleanUpCrashRuns);

  const fanOuts = [
    { name: "LISTEN/NOTIFY", env: {} },
    ...(redisUrl ? [{ name: "Redis pub/sub", env: { REDIS_URL: redisUrl } }] : []),
  ];
  for (const fanOut of fanOuts)
    it(`carries messages both ways through ${fanOut.name}`, { timeout: 180_000 }, async () => {
      if (!SAM) throw new Error("no demo agent");
      const store = await prepareStore();
      const env = { ...store.env, ...fanOut.env };
      // One after the other: the first migrates and seeds the demo data, the second finds it done.
      const nodeA = await startChild(env);
      const nodeB = await startChild(env);
      try {
        const token = await login(nodeB.base, SAM.email, SAM.password);
        const agentAuth = { authorization: `Bearer ${token}` };
        await ok(call(nodeB.base, "POST", "/api/v1/agent/presence", { token, body: { status: "online" } }));
        await conversationAcrossNodes({
          customerBase: nodeA.base,
          agentBase: nodeB.base,
          agentAuth,
          async startChat() {
            const body = await ok(
              call(nodeA.base, "POST", "/api/v1/chat/sessions", {
                body: { name: "Nia", email: "nia@example.test", message: "Hello" },
              }),
              201,
            );
            expect(body.state).toBe("waiting");
            return body as { chatId: string; token: string };
          },
          async take(chatId) {
            await ok(call(nodeB.base, "POST", `/api/v1/agent/chats/${chatId}/take`, { token }));
          },
        });
      } finally {
        await stop(nodeA);
        await stop(nodeB);
      }
    });
});
