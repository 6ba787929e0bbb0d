import { describe, expect, it } from "vitest";
import { channelFrom, channelTotals } from "./channelSplit";

const row = (channel: "web" | "email", created: number, solved: number, ratings: number) => ({
  channel,
  created,
  solved,
  ratings,
  firstResponseMedianMinutes: null,
  resolutionMedianMinutes: null,
  slaFirstResponse: null,
  slaResolution: null,
  satisfactionAverage: null,
});

describe("report split by channel", () => {
  it("adds the channels' counts up", () => {
    expect(channelTotals([row("web", 5, 3, 3), row("email", 1, 1, 1)])).toEqual({
      created: 6,
      solved: 4,
      ratings: 4,
    });
    expect(channelTotals([])).toEqual({ created: 0, solved: 0, ratings: 0 });
  });

  it("reads the channel from the address, ignoring one it does not know", () => {
    const channels = ["web", "email", "chat"] as const;
    expect(channelFrom(new URLSearchParams("channel=email"), channels)).toBe("email");
    expect(channelFrom(new URLSearchParams("channel=fax"), channels)).toBeNull();
    expect(channelFrom(new URLSearchParams(""), channels)).toBeNull();
  });
});
