import type { AddressInfo } from "node:net";
import WebSocket from "ws";
import type { SatchelApp } from "../app.js";
import { buildSupportStaff, type SupportStaff } from "./support-helpers-live.js";
import type { TestContext } from "./test-app.js";

/** Test clients of the live chat: a WebSocket that records frames, and staff who are online for chats. */

export type Frame = Record<string, unknown> & { type: string };

export interface ChatClient {
  ws: WebSocket;
  frames: Frame[];
  /** Waits for the next frame (after those already taken) that matches. */
  next(match?: (frame: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  /** Waits until `count` frames matching have arrived in all (taken or not). */
  all(match: (frame: Frame) => boolean, count: number, timeoutMs?: number): Promise<Frame[]>;
  send(frame: Record<string, unknown>): void;
  close(): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

export function baseUrl(app: SatchelApp): string {
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

export async function connectChat(
  base: string,
  query: Record<string, string | undefined>,
  headers: Record<string, string> = {},
): Promise<ChatClient> {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const ws = new WebSocket(`${base.replace(/^http/, "ws")}/api/v1/chat/socket?${params}`, { headers });
  const frames: Frame[] = [];
  let taken = 0;
  const waiters = new Set<() => void>();
  ws.on("message", (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of [...waiters]) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const wait = (timeoutMs: number, done: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`${what} within ${timeoutMs} ms; frames: ${JSON.stringify(frames)}`));
      }, timeoutMs);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
    });
  return {
    ws,
    frames,
    async next(match = () => true, timeoutMs = 5_000) {
      let found: Frame | undefined;
      await wait(
        timeoutMs,
        () => {
          while (taken < frames.length) {
            const frame = frames[taken++] as Frame;
            if (match(frame)) {
              found = frame;
              return true;
            }
          }
          return false;
        },
        "no matching frame",
      );
      return found as Frame;
    },
    async all(match, count, timeoutMs = 5_000) {
      await wait(timeoutMs, () => frames.filter(match).length >= count, `not ${count} matching frames`);
      return frames.filter(match);
    },
    send(frame) {
      ws.send(JSON.stringify(frame));
    },
    async close() {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close();
      await closed;
    },
    closed,
  };
}

/** A support agent in the general group (where chats go) whose console says they are online. */
export async function onlineAgent(ctx: TestContext, name: string): Promise<SupportStaff> {
  const agent = await buildSupportStaff(ctx, "agent", name);
  await ctx.services.support.deps.assignment.setGroups(ctx.platform.db, agent.userId, ["general"]);
  const presence = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/agent/presence",
    headers: agent.auth,
    payload: { status: "online" },
  });
  if (presence.statusCode !== 200) throw new Error(`presence failed: ${presence.body}`);
  return agent;
}

export const isMessage = (frame: Frame) => frame.type === "message";
export const bodies = (frames: Frame[]) => frames.filter(isMessage).map((f) => f.body);
