import { describe, expect, it } from "vitest";
import { parseChannelCheck } from "./officialChannels";

describe("parseChannelCheck", () => {
  it("reads an official channel with its label", () => {
    expect(
      parseChannelCheck({
        official: true,
        channel: { kind: "email", value: "support@example.com", label: "Support" },
      }),
    ).toEqual({ official: true, channel: { kind: "email", value: "support@example.com", label: "Support" } });
  });

  it("treats anything unexpected as not official", () => {
    expect(parseChannelCheck({ official: "yes" })).toEqual({ official: false, channel: null });
    expect(parseChannelCheck(null)).toEqual({ official: false, channel: null });
    expect(parseChannelCheck({ official: true, channel: { kind: "fax", value: "1" } })).toEqual({
      official: true,
      channel: null,
    });
  });
});
