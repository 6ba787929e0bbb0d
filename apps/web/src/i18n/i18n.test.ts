import { describe, expect, it } from "vitest";
import channelsAdminEn from "./channelsAdmin.en.json";
import channelsAdminZhCN from "./channelsAdmin.zh-CN.json";
import chatEn from "./chat.en.json";
import chatZhCN from "./chat.zh-CN.json";
import consoleEn from "./console.en.json";
import consoleZhCN from "./console.zh-CN.json";
import consoleChannelsEn from "./consoleChannels.en.json";
import consoleChannelsZhCN from "./consoleChannels.zh-CN.json";
import deskAdminEn from "./deskAdmin.en.json";
import deskAdminZhCN from "./deskAdmin.zh-CN.json";
import en from "./en.json";
import helpEn from "./help.en.json";
import helpZhCN from "./help.zh-CN.json";
import notificationsEn from "./notifications.en.json";
import notificationsZhCN from "./notifications.zh-CN.json";
import paymentsEn from "./payments.en.json";
import paymentsZhCN from "./payments.zh-CN.json";
import phoneEn from "./phone.en.json";
import phoneZhCN from "./phone.zh-CN.json";
import staffHelpEn from "./staffHelp.en.json";
import staffHelpZhCN from "./staffHelp.zh-CN.json";
import staffPaymentsEn from "./staffPayments.en.json";
import staffPaymentsZhCN from "./staffPayments.zh-CN.json";
import staffStatusEn from "./staffStatus.en.json";
import staffStatusZhCN from "./staffStatus.zh-CN.json";
import statusPageEn from "./statusPage.en.json";
import statusPageZhCN from "./statusPage.zh-CN.json";
import supportEn from "./support.en.json";
import supportZhCN from "./support.zh-CN.json";
import zhCN from "./zh-CN.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort();
}

const catalogs: Record<string, Map<string, string>> = {
  en: flatten({
    ...en,
    ...paymentsEn,
    ...staffPaymentsEn,
    ...helpEn,
    ...staffHelpEn,
    ...supportEn,
    ...consoleEn,
    ...deskAdminEn,
    ...chatEn,
    ...channelsAdminEn,
    ...phoneEn,
    ...statusPageEn,
    ...staffStatusEn,
    ...notificationsEn,
    ...consoleChannelsEn,
  }),
  "zh-CN": flatten({
    ...zhCN,
    ...paymentsZhCN,
    ...staffPaymentsZhCN,
    ...helpZhCN,
    ...staffHelpZhCN,
    ...supportZhCN,
    ...consoleZhCN,
    ...deskAdminZhCN,
    ...chatZhCN,
    ...channelsAdminZhCN,
    ...phoneZhCN,
    ...statusPageZhCN,
    ...staffStatusZhCN,
    ...notificationsZhCN,
    ...consoleChannelsZhCN,
  }),
};

describe("translation catalogs", () => {
  it("have exactly the same keys", () => {
    const enKeys = [...(catalogs.en?.keys() ?? [])].sort();
    const zhKeys = [...(catalogs["zh-CN"]?.keys() ?? [])].sort();
    expect(enKeys.length).toBeGreaterThan(0);
    expect(zhKeys).toEqual(enKeys);
  });

  it.each(Object.keys(catalogs))("%s has no empty values", (lang) => {
    const empty = [...(catalogs[lang] ?? new Map<string, string>())]
      .filter(([, value]) => value.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("use the same interpolation placeholders in both languages", () => {
    const mismatched = [...(catalogs.en ?? new Map<string, string>())]
      .filter(([key, value]) => {
        const other = catalogs["zh-CN"]?.get(key) ?? "";
        return placeholders(value).join() !== placeholders(other).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
