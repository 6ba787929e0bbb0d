import { describe, expect, it } from "vitest";
import { chatSocketUrl, newClientId, parseServerFrame } from "./chatProtocol";

const frame = (value: unknown) => parseServerFrame(JSON.stringify(value));

describe("server frames", () => {
  it("reads a message with its attachments", () => {
    expect(
      frame({
        type: "message",
        chatId: "chat_1",
        seq: 3,
        id: "msg_3",
        clientId: "c-1",
        authorType: "customer",
        authorName: "Li Wei",
        body: "你好",
        attachments: [{ id: "att_1", filename: "a.png", contentType: "image/png", size: 12 }, { nope: 1 }],
        createdAt: "2026-11-27T10:00:00.000Z",
      }),
    ).toEqual({
      type: "message",
      chatId: "chat_1",
      message: {
        seq: 3,
        id: "msg_3",
        clientId: "c-1",
        authorType: "customer",
        authorName: "Li Wei",
        body: "你好",
        attachments: [{ id: "att_1", filename: "a.png", contentType: "image/png", size: 12, url: null }],
        createdAt: "2026-11-27T10:00:00.000Z",
        deliveryStatus: null,
      },
    });
    expect(frame({ type: "message", id: "m", seq: 1, deliveryStatus: "read" })).toMatchObject({
      message: { deliveryStatus: "read" },
    });
  });

  it("reads hello, ack, typing, read, state, error and pong", () => {
    expect(
      frame({
        type: "hello",
        chatId: "c",
        state: "waiting",
        queuePosition: 2,
        agentsOnline: 1,
        agentName: null,
      }),
    ).toEqual({
      type: "hello",
      chatId: "c",
      state: "waiting",
      queuePosition: 2,
      agentsOnline: 1,
      agentName: null,
      expectedReply: null,
    });
    expect(frame({ type: "ack", clientId: "x", id: "m", seq: 4 })).toEqual({
      type: "ack",
      chatId: null,
      clientId: "x",
      id: "m",
      seq: 4,
    });
    expect(frame({ type: "typing", chatId: "c", authorType: "agent" })).toMatchObject({
      authorType: "agent",
    });
    expect(frame({ type: "read", chatId: "c", seq: 9, by: "customer" })).toMatchObject({
      seq: 9,
      by: "customer",
    });
    expect(frame({ type: "state", chatId: "c", state: "active", agentName: "Dana" })).toMatchObject({
      state: "active",
      agentName: "Dana",
      queuePosition: null,
    });
    expect(frame({ type: "error", code: "rate_limited", message: "Slow down" })).toMatchObject({
      code: "rate_limited",
      clientId: null,
    });
    expect(frame({ type: "pong" })).toEqual({ type: "pong" });
  });

  it("drops what it cannot trust", () => {
    expect(parseServerFrame("not json")).toBeNull();
    expect(parseServerFrame(new ArrayBuffer(2))).toBeNull();
    expect(frame(["message"])).toBeNull();
    expect(frame({ type: "mystery" })).toBeNull();
    expect(frame({ type: "message", id: "m" })).toBeNull();
    expect(frame({ type: "message", id: "m", seq: -1 })).toBeNull();
    expect(frame({ type: "ack", clientId: "x", id: "m" })).toBeNull();
    expect(frame({ type: "read", seq: 1, by: "robot" })).toBeNull();
    expect(frame({ type: "typing", authorType: "robot" })).toBeNull();
    // An unknown author is shown as the system, never as "me".
    expect(frame({ type: "message", id: "m", seq: 1, authorType: "robot" })).toMatchObject({
      message: { authorType: "system" },
    });
  });
});

describe("socket address", () => {
  it("follows the page: wss beside https, ws beside http, empty values left out", () => {
    expect(chatSocketUrl({ protocol: "https:", host: "satchel.example" }, { chatId: "c 1", after: 0 })).toBe(
      "wss://satchel.example/api/v1/chat/socket?chatId=c+1&after=0",
    );
    expect(chatSocketUrl({ protocol: "http:", host: "127.0.0.1:3000" }, { token: null, after: "" })).toBe(
      "ws://127.0.0.1:3000/api/v1/chat/socket",
    );
  });
});

describe("client ids", () => {
  it("are version 4 UUIDs also where randomUUID is missing (plain http)", () => {
    const fallback = newClientId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(fallback).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});
