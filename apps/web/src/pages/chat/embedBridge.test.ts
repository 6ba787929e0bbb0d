import { describe, expect, it } from "vitest";
import { embedLanguage, hostCommand, hostOrigin } from "./embedBridge";

describe("the host page of the embedded chat", () => {
  it("is the origin the script passed, else the referrer's", () => {
    expect(hostOrigin("?lang=en&origin=https%3A%2F%2Fshop.example", "")).toBe("https://shop.example");
    expect(hostOrigin("?lang=en", "https://blog.example/post/1?x=1")).toBe("https://blog.example");
    expect(hostOrigin("?origin=javascript%3Aalert(1)", "")).toBeNull();
    expect(hostOrigin("?origin=nonsense", "")).toBeNull();
    expect(hostOrigin("", "")).toBeNull();
  });

  it("is obeyed only from its own origin and in our shape", () => {
    const origin = "https://shop.example";
    expect(hostCommand({ origin, data: { source: "satchel-chat-host", type: "open" } }, origin)).toBe("open");
    expect(hostCommand({ origin, data: { source: "satchel-chat-host", type: "close" } }, origin)).toBe(
      "close",
    );
    expect(
      hostCommand(
        { origin: "https://evil.example", data: { source: "satchel-chat-host", type: "open" } },
        origin,
      ),
    ).toBeNull();
    expect(hostCommand({ origin, data: { source: "other", type: "open" } }, origin)).toBeNull();
    expect(hostCommand({ origin, data: { source: "satchel-chat-host", type: "send" } }, origin)).toBeNull();
    expect(hostCommand({ origin, data: "open" }, origin)).toBeNull();
    expect(hostCommand({ origin, data: { source: "satchel-chat-host", type: "open" } }, null)).toBeNull();
  });

  it("chooses the language from data-lang", () => {
    expect(embedLanguage("?lang=zh-CN")).toBe("zh-CN");
    expect(embedLanguage("?lang=zh")).toBe("zh-CN");
    expect(embedLanguage("?lang=en-GB")).toBe("en");
    expect(embedLanguage("?lang=fr")).toBeNull();
    expect(embedLanguage("")).toBeNull();
  });
});
