import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeUserAgent, deviceFingerprint, type UserAgentDescription } from "./user-agent.js";

/** Real user agents, as sent by the browsers named. */
const CASES: Array<[string, UserAgentDescription]> = [
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    { browser: "Chrome 131", os: "Windows", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    { browser: "Edge 131", os: "Windows", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    { browser: "Firefox 133", os: "Windows", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
    { browser: "Chrome 109", os: "Windows 7", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
    { browser: "Opera 115", os: "Windows", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    { browser: "Safari 18", os: "macOS", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    { browser: "Chrome 131", os: "macOS", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    { browser: "Safari 18", os: "iOS 18", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    { browser: "Chrome 131", os: "iOS 17", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15",
    { browser: "Firefox 133", os: "iOS 18", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    { browser: "Safari 17", os: "iPadOS 17", device: "tablet" },
  ],
  [
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    { browser: "Chrome 131", os: "Android 10", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0",
    { browser: "Edge 131", os: "Android 10", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    { browser: "Samsung Internet 26", os: "Android 14", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    { browser: "Chrome 131", os: "Android 13", device: "tablet" },
  ],
  [
    "Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    { browser: "WeChat 8", os: "Android 13", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/zh_CN",
    { browser: "WeChat 8", os: "iOS 17", device: "mobile" },
  ],
  [
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    { browser: "Firefox 133", os: "Linux", device: "desktop" },
  ],
  [
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    { browser: "Chrome 131", os: "ChromeOS", device: "desktop" },
  ],
  ["curl/8.5.0", { browser: "curl 8", os: "Other", device: "unknown" }],
  ["python-requests/2.31.0", { browser: "Other", os: "Other", device: "unknown" }],
];

describe("describeUserAgent", () => {
  for (const [ua, expected] of CASES) {
    it(`${expected.browser} on ${expected.os} (${expected.device})`, () => {
      expect(describeUserAgent(ua)).toEqual(expected);
    });
  }

  it("copes with nothing at all", () => {
    const nothing = { browser: "Other", os: "Other", device: "unknown" };
    expect(describeUserAgent(undefined)).toEqual(nothing);
    expect(describeUserAgent("")).toEqual(nothing);
  });

  it("never throws and stays quick on junk", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (ua) => {
        const description = describeUserAgent(ua);
        expect(["desktop", "mobile", "tablet", "unknown"]).toContain(description.device);
      }),
    );
    const started = performance.now();
    describeUserAgent(`Mozilla/5.0 ${"Version/1 ".repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("deviceFingerprint", () => {
  const chromeWindows = CASES[0]?.[0] ?? "";

  it("is short and stable", () => {
    const fingerprint = deviceFingerprint(chromeWindows);
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(deviceFingerprint(chromeWindows)).toBe(fingerprint);
  });

  it("ignores version updates", () => {
    expect(deviceFingerprint(chromeWindows.replace("Chrome/131", "Chrome/132"))).toBe(
      deviceFingerprint(chromeWindows),
    );
    const iphone = CASES[7]?.[0] ?? "";
    expect(
      deviceFingerprint(iphone.replace("OS 18_1", "OS 18_2").replace("Version/18.1", "Version/18.2")),
    ).toBe(deviceFingerprint(iphone));
  });

  it("tells browsers, systems and device kinds apart", () => {
    const fingerprints = new Set(CASES.map(([ua]) => deviceFingerprint(ua)));
    const kinds = new Set(
      CASES.map(([ua]) => {
        const { browser, os, device } = describeUserAgent(ua);
        // The families, without versions, as the fingerprint sees them.
        return `${browser.replace(/ \d+$/, "")}|${os.replace(/ \d+$/, "")}|${device}`;
      }),
    );
    expect(fingerprints.size).toBe(kinds.size);
    expect(deviceFingerprint(undefined)).toBe(deviceFingerprint(""));
    expect(deviceFingerprint(undefined)).not.toBe(deviceFingerprint(chromeWindows));
  });
});
