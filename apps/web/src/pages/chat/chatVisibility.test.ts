import { describe, expect, it } from "vitest";
import { chatWidgetShown } from "./chatVisibility";

describe("where the chat button shows", () => {
  it("follows customers on their pages, never onto staff or tool pages", () => {
    for (const path of ["/", "/app", "/transactions/t1", "/help", "/contact", "/support/tickets"])
      expect(chatWidgetShown(path, "customer", false), path).toBe(true);
    for (const path of [
      "/agent",
      "/agent/chats",
      "/admin/help",
      "/dev/mailbox",
      "/simulator/3ds/x",
      "/chat/embed",
    ])
      expect(chatWidgetShown(path, "customer", false), path).toBe(false);
  });

  it("shows guests it on help and contact pages, and everywhere once they chat", () => {
    expect(chatWidgetShown("/help", "guest", false)).toBe(true);
    expect(chatWidgetShown("/help/fees", "guest", false)).toBe(true);
    expect(chatWidgetShown("/contact", "guest", false)).toBe(true);
    expect(chatWidgetShown("/", "guest", false)).toBe(false);
    expect(chatWidgetShown("/helpers", "guest", false)).toBe(false);
    expect(chatWidgetShown("/", "guest", true)).toBe(true);
    expect(chatWidgetShown("/chat/embed", "guest", true)).toBe(false);
  });

  it("never shows staff or a visitor not yet known", () => {
    expect(chatWidgetShown("/help", "staff", false)).toBe(false);
    expect(chatWidgetShown("/help", "unknown", true)).toBe(false);
  });
});
