import { describe, expect, it } from "vitest";
import { excerpt, textWidth } from "./excerpt";

describe("excerpt", () => {
  const body = "You received 25.00 USD from Bob Lee (1234 5678).\nIt is in your wallet now.";

  it("keeps a text that fits whole, on one line", () => {
    expect(excerpt(body, 200)).toBe(
      "You received 25.00 USD from Bob Lee (1234 5678). It is in your wallet now.",
    );
    expect(excerpt("您收到了来自 Bob 的 25.00 USD。\n款项已存入您的钱包。", 200)).toBe(
      "您收到了来自 Bob 的 25.00 USD。款项已存入您的钱包。",
    );
  });

  it("never ends in punctuation before its ellipsis", () => {
    // The first sentence fits exactly: the cut lands right after its full stop.
    const cut = excerpt(body, 50);
    expect(cut).toBe("You received 25.00 USD from Bob Lee (1234 5678)…");
    expect(cut).not.toMatch(/[.,;:!?。，]…$/);
    expect(excerpt("Your ticket #12 was answered. Open it to read the reply.", 31)).toBe(
      "Your ticket #12 was answered…",
    );
    expect(excerpt("您收到了来自 Bob 的款项。款项已存入您的钱包。", 26)).toBe("您收到了来自 Bob 的款项…");
  });

  it("cuts Latin text at a word's end and fits the width", () => {
    const cut = excerpt(body, 40);
    expect(cut).toBe("You received 25.00 USD from Bob Lee…");
    expect(textWidth(cut)).toBeLessThanOrEqual(40);
    const long = "Supercalifragilisticexpialidocious words everywhere";
    expect(excerpt(long, 20)).toBe("Supercalifragilisti…");
  });

  it("counts a Chinese character as two columns", () => {
    expect(textWidth("钱包 ok")).toBe(7);
    const cut = excerpt("款项已存入您的钱包，请查看交易详情以了解更多信息。", 20);
    expect(cut).toBe("款项已存入您的钱包…");
    expect(textWidth(cut)).toBeLessThanOrEqual(20);
  });
});
