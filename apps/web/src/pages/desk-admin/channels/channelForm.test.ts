import { describe, expect, it } from "vitest";
import { draftOf, hasSettings, healthLines, secretValueOk, settingsPatch } from "./channelForm";

const health = {
  status: "ok" as const,
  lastInboundAt: null,
  lastOutboundAt: null,
  lastError: null,
  lastErrorAt: null,
};

describe("health lines", () => {
  it("says off or not set up and nothing else", () => {
    expect(healthLines({ ...health, status: "off", lastInboundAt: "2026-11-26T09:00:00Z" })).toEqual([
      { kind: "off" },
    ]);
    expect(healthLines({ ...health, status: "not_configured" })).toEqual([{ kind: "notConfigured" }]);
  });

  it("says when nothing came yet, and when the last message went in and out", () => {
    expect(healthLines({ ...health, status: "idle" })).toEqual([{ kind: "never" }]);
    expect(
      healthLines({
        ...health,
        lastInboundAt: "2026-11-26T09:57:00Z",
        lastOutboundAt: "2026-11-26T08:00:00Z",
      }),
    ).toEqual([
      { kind: "lastIn", at: "2026-11-26T09:57:00Z" },
      { kind: "lastOut", at: "2026-11-26T08:00:00Z" },
    ]);
  });

  it("puts a current error first and keeps an old one last", () => {
    const error = { lastError: "SMTP 421 try later", lastErrorAt: "2026-11-26T09:00:00Z" };
    expect(
      healthLines({ ...health, status: "error", ...error, lastInboundAt: "2026-11-26T08:00:00Z" }),
    ).toEqual([
      { kind: "error", at: "2026-11-26T09:00:00Z", error: "SMTP 421 try later" },
      { kind: "lastIn", at: "2026-11-26T08:00:00Z" },
    ]);
    expect(healthLines({ ...health, status: "error", ...error })).toEqual([
      { kind: "error", at: "2026-11-26T09:00:00Z", error: "SMTP 421 try later" },
    ]);
    expect(healthLines({ ...health, ...error, lastOutboundAt: "2026-11-26T09:30:00Z" })).toEqual([
      { kind: "lastOut", at: "2026-11-26T09:30:00Z" },
      { kind: "earlierError", at: "2026-11-26T09:00:00Z", error: "SMTP 421 try later" },
    ]);
  });
});

describe("settings form", () => {
  it("starts from the channel's settings", () => {
    expect(draftOf({})).toEqual({
      autoAcknowledge: true,
      pageId: "",
      accountId: "",
      downloadAttachments: null,
      clientId: null,
    });
    expect(draftOf({ downloadAttachments: false, clientId: null })).toMatchObject({
      downloadAttachments: false,
      clientId: "",
    });
    expect(draftOf({ pageId: "123", autoAcknowledge: false })).toMatchObject({
      pageId: "123",
      autoAcknowledge: false,
      accountId: "",
    });
  });

  it("shows a form for the channels with settings of their own", () => {
    expect(["email", "chat", "phone", "messenger", "x"].filter((c) => hasSettings(c as "email"))).toEqual([
      "email",
      "messenger",
      "x",
    ]);
  });

  it("sends each channel its own settings, checked as the server checks them", () => {
    const draft = draftOf({});
    expect(settingsPatch("email", { ...draft, autoAcknowledge: false })).toEqual({
      settings: { autoAcknowledge: false },
    });
    expect(settingsPatch("messenger", { ...draft, pageId: " 104729384756 " })).toEqual({
      settings: { pageId: "104729384756" },
    });
    expect(settingsPatch("messenger", { ...draft, pageId: "my-page" })).toEqual({ problem: "digits" });
    expect(settingsPatch("x", { ...draft, accountId: "" })).toEqual({ settings: { accountId: null } });
    // Settings the server lists are sent; the others are left out.
    expect(settingsPatch("messenger", { ...draft, downloadAttachments: true })).toEqual({
      settings: { pageId: null, downloadAttachments: true },
    });
    expect(settingsPatch("x", { ...draft, clientId: " VGhpc0lzQW5JZA " })).toEqual({
      settings: { accountId: null, clientId: "VGhpc0lzQW5JZA" },
    });
    expect(settingsPatch("x", { ...draft, clientId: "" })).toEqual({
      settings: { accountId: null, clientId: null },
    });
    expect(settingsPatch("x", { ...draft, clientId: "two words" })).toEqual({ problem: "clientId" });
  });

  it("takes a pasted secret of 8 or more printable characters without spaces", () => {
    expect(secretValueOk("EAAGm0PX4ZCpsBAKZC")).toBe(true);
    expect(secretValueOk("  padded-secret-value  ")).toBe(true);
    expect(secretValueOk("short")).toBe(false);
    expect(secretValueOk("has a space inside")).toBe(false);
  });
});
