import { afterEach, describe, expect, it, vi } from "vitest";
import {
  listChannels,
  parseChannel,
  postAnnouncement,
  rotateSecret,
  setSecret,
  updateChannel,
} from "./channelsAdmin";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
});

const email = {
  channel: "email",
  enabled: true,
  settings: { autoAcknowledge: false },
  environment: { supportAddress: "support@satchel.example", smtp: { host: "0.0.0.0", port: 2525 } },
  secrets: [{ name: "inboundToken", issuer: "satchel", configured: true, source: "database", hint: "…x9Q1" }],
  health: {
    status: "error",
    lastInboundAt: "2026-11-26T09:00:00.000Z",
    lastOutboundAt: null,
    lastError: "SMTP 421",
    lastErrorAt: "2026-11-26T09:30:00.000Z",
  },
  endpoints: [
    { key: "inboundEmail", url: "https://satchel.example/api/v1/channels/email/inbound" },
    { key: "fax", url: "https://satchel.example/fax" },
  ],
  updatedAt: "2026-11-26T08:00:00.000Z",
  updatedBy: { id: "usr_a", name: "Ada" },
};

describe("channels admin API", () => {
  it("reads a channel, leaving out what it does not know", () => {
    expect(parseChannel(email)).toEqual({
      channel: "email",
      enabled: true,
      settings: { autoAcknowledge: false },
      environment: {
        supportAddress: "support@satchel.example",
        smtp: { host: "0.0.0.0", port: 2525 },
        apiUrl: null,
        phoneLines: [],
      },
      secrets: [
        { name: "inboundToken", issuer: "satchel", configured: true, source: "database", hint: "…x9Q1" },
      ],
      health: email.health,
      endpoints: [{ key: "inboundEmail", url: "https://satchel.example/api/v1/channels/email/inbound" }],
      updatedAt: "2026-11-26T08:00:00.000Z",
      updatedBy: { id: "usr_a", name: "Ada" },
    });
    expect(parseChannel({ channel: "fax" })).toBeNull();
    expect(
      parseChannel({ channel: "x", health: { status: "melting" }, settings: { accountId: null } }),
    ).toMatchObject({
      enabled: true,
      health: { status: "idle" },
      settings: { accountId: null },
      secrets: [],
    });
  });

  it("lists, changes, rotates and sets", async () => {
    let fetchMock = stub(200, { data: [email, { channel: "nope" }] });
    expect((await listChannels()).map((c) => c.channel)).toEqual(["email"]);
    expect(call(fetchMock).url).toBe("/api/v1/admin/support/channels");

    fetchMock = stub(200, { ...email, enabled: false });
    expect((await updateChannel("email", { enabled: false })).enabled).toBe(false);
    expect(call(fetchMock)).toMatchObject({ method: "PATCH", url: "/api/v1/admin/support/channels/email" });
    expect(call(fetchMock).json()).toEqual({ enabled: false });

    fetchMock = stub(200, { name: "verifyToken", value: "n3w-s3cret-value", hint: "…alue" });
    expect(await rotateSecret("messenger", "verifyToken")).toEqual({
      value: "n3w-s3cret-value",
      hint: "…alue",
    });
    expect(call(fetchMock)).toMatchObject({
      method: "POST",
      url: "/api/v1/admin/support/channels/messenger/secrets/verifyToken/rotate",
    });

    fetchMock = stub(200, { name: "appSecret", hint: "…1234" });
    expect(await setSecret("messenger", "appSecret", "abcdef1234")).toEqual({ hint: "…1234" });
    expect(call(fetchMock)).toMatchObject({
      method: "PUT",
      url: "/api/v1/admin/support/channels/messenger/secrets/appSecret",
    });
    expect(call(fetchMock).json()).toEqual({ value: "abcdef1234" });
  });

  it("posts an announcement to the chosen accounts", async () => {
    const fetchMock = stub(201, {
      announcements: [
        {
          id: "sp_1",
          channel: "x",
          body: "Maintenance tonight",
          status: "queued",
          createdAt: "2026-11-26T10:00:00Z",
        },
      ],
    });
    const posted = await postAnnouncement(["x"], "Maintenance tonight");
    expect(posted).toEqual([
      {
        id: "sp_1",
        channel: "x",
        body: "Maintenance tonight",
        status: "queued",
        error: null,
        createdAt: "2026-11-26T10:00:00Z",
        sentAt: null,
      },
    ]);
    expect(call(fetchMock).json()).toEqual({ channels: ["x"], body: "Maintenance tonight" });
  });
});
