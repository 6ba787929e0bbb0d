import { createHash } from "node:crypto";

/**
 * A small User-Agent reader for the "your sessions" list and new-device alerts. Not a full
 * parser: it knows the browsers and systems our users actually have and says "Other"
 * otherwise. User agents are easy to fake, so nothing here is a security decision on its
 * own; it only helps a person recognise their devices.
 */

export type DeviceKind = "desktop" | "mobile" | "tablet" | "unknown";

export interface UserAgentDescription {
  /** Family and major version, e.g. "Chrome 131", or "Other". */
  browser: string;
  /** Family and, where the string tells it truthfully, major version, e.g. "iOS 18", or "Other". */
  os: string;
  device: DeviceKind;
}

interface Parsed {
  browserFamily: string;
  browserVersion: string | undefined;
  osFamily: string;
  osVersion: string | undefined;
  device: DeviceKind;
}

/** Real user agents are a few hundred characters; a longer header gets no more regex time. */
const MAX_LENGTH = 1024;

/**
 * First match wins, so the order matters: Edge, Opera, Samsung Internet and WeChat all
 * also claim to be Chrome and Safari, and every browser on iOS claims to be Safari.
 */
const BROWSERS: ReadonlyArray<{ family: string; pattern: RegExp }> = [
  { family: "curl", pattern: /^curl\/(\d+)/i },
  { family: "WeChat", pattern: /MicroMessenger\/(\d+)/ },
  { family: "Samsung Internet", pattern: /SamsungBrowser\/(\d+)/ },
  { family: "Opera", pattern: /(?:OPR|OPiOS|OPT)\/(\d+)/ },
  { family: "Opera", pattern: /\bOpera\b(?:.*Version\/(\d+))?/ },
  { family: "Edge", pattern: /\b(?:Edg|Edge|EdgA|EdgiOS)\/(\d+)/ },
  { family: "Firefox", pattern: /\b(?:Firefox|FxiOS)\/(\d+)/ },
  { family: "Chrome", pattern: /\b(?:Chrome|CriOS)\/(\d+)/ },
  { family: "Safari", pattern: /Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\// },
];

/** "Windows NT 10.0" is both Windows 10 and 11, so it gets no number; older ones are unambiguous. */
const WINDOWS_VERSIONS: ReadonlyMap<string, string> = new Map([
  ["6.3", "8.1"],
  ["6.2", "8"],
  ["6.1", "7"],
  ["6.0", "Vista"],
  ["5.2", "XP"],
  ["5.1", "XP"],
]);

function parseBrowser(ua: string): Pick<Parsed, "browserFamily" | "browserVersion"> {
  for (const { family, pattern } of BROWSERS) {
    const match = pattern.exec(ua);
    if (match) return { browserFamily: family, browserVersion: match[1] };
  }
  return { browserFamily: "Other", browserVersion: undefined };
}

function parseSystem(ua: string): Pick<Parsed, "osFamily" | "osVersion" | "device"> {
  // iPads before the iPhone check: both say "like Mac OS X", only iPads say "iPad".
  if (/\biPad\b/.test(ua)) {
    return { osFamily: "iPadOS", osVersion: /\bOS (\d+)_/.exec(ua)?.[1], device: "tablet" };
  }
  if (/\b(?:iPhone|iPod)\b/.test(ua)) {
    return { osFamily: "iOS", osVersion: /\bOS (\d+)_/.exec(ua)?.[1], device: "mobile" };
  }
  // Android says Linux too, so it comes first. Phones add "Mobile"; tablets leave it out.
  if (/\bAndroid\b/.test(ua)) {
    return {
      osFamily: "Android",
      osVersion: /\bAndroid (\d+)/.exec(ua)?.[1],
      device: /\bMobile\b/.test(ua) ? "mobile" : "tablet",
    };
  }
  if (/\bCrOS\b/.test(ua)) return { osFamily: "ChromeOS", osVersion: undefined, device: "desktop" };
  const windows = /\bWindows NT (\d+\.\d+)/.exec(ua);
  if (windows)
    return { osFamily: "Windows", osVersion: WINDOWS_VERSIONS.get(windows[1] ?? ""), device: "desktop" };
  if (/\bWindows\b/.test(ua)) return { osFamily: "Windows", osVersion: undefined, device: "desktop" };
  // Browsers froze the macOS version at 10.15 years ago, so any number there would mislead.
  // (iPads asking for desktop sites look exactly like this too; nothing in the string tells them apart.)
  if (/\bMac OS X\b|\bMacintosh\b/.test(ua))
    return { osFamily: "macOS", osVersion: undefined, device: "desktop" };
  if (/\bLinux\b|\bX11\b/.test(ua)) return { osFamily: "Linux", osVersion: undefined, device: "desktop" };
  return { osFamily: "Other", osVersion: undefined, device: "unknown" };
}

function parse(ua: string | undefined): Parsed {
  const text = (ua ?? "").slice(0, MAX_LENGTH);
  return { ...parseBrowser(text), ...parseSystem(text) };
}

function label(family: string, version: string | undefined): string {
  return version ? `${family} ${version}` : family;
}

export function describeUserAgent(ua: string | undefined): UserAgentDescription {
  const parsed = parse(ua);
  return {
    browser: label(parsed.browserFamily, parsed.browserVersion),
    os: label(parsed.osFamily, parsed.osVersion),
    device: parsed.device,
  };
}

/**
 * A short stable id for "this kind of device": browser family, OS family and device kind,
 * without versions, so the monthly browser update is not reported as a new device.
 */
export function deviceFingerprint(ua: string | undefined): string {
  const { browserFamily, osFamily, device } = parse(ua);
  return createHash("sha256")
    .update(`${browserFamily}|${osFamily}|${device}`)
    .digest("base64url")
    .slice(0, 16);
}
