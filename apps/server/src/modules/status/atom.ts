import type { IncidentStatus } from "../../platform/db/schema-status.js";
import { interpolate, type Locale } from "../../platform/i18n.js";
import { COMPONENTS } from "./components.js";
import { incidentLink, type MaintenancePhase, maintenanceLink, maintenancePhase } from "./present.js";
import type { PublicSnapshot, SnapshotIncident, SnapshotMaintenance } from "./snapshot-data.js";

/** The status page's Atom 1.0 feed (RFC 4287): incidents and maintenance, the newest 50. */

export const FEED_ENTRIES = 50;

const TEXT = {
  title: { en: "Satchel status", "zh-CN": "Satchel 服务状态" },
  subtitle: {
    en: "Incidents and scheduled maintenance of Satchel",
    "zh-CN": "Satchel 的服务事件与计划维护",
  },
  components: { en: "Affected components: {list}", "zh-CN": "受影响的服务：{list}" },
  window: { en: "From {from} until {until}", "zh-CN": "时间：{from} 至 {until}" },
  canceled: { en: "Canceled", "zh-CN": "已取消" },
} satisfies Record<string, Record<Locale, string>>;

const STATUS: Record<IncidentStatus, Record<Locale, string>> = {
  investigating: { en: "Investigating", "zh-CN": "调查中" },
  identified: { en: "Identified", "zh-CN": "已确定原因" },
  monitoring: { en: "Monitoring", "zh-CN": "监控中" },
  resolved: { en: "Resolved", "zh-CN": "已解决" },
};

const PHASE: Record<MaintenancePhase, Record<Locale, string>> = {
  scheduled: { en: "Scheduled", "zh-CN": "已计划" },
  in_progress: { en: "In progress", "zh-CN": "进行中" },
  completed: { en: "Completed", "zh-CN": "已完成" },
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 cannot carry are the point.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for XML content or an attribute value. */
export const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/** Staff's text as HTML: escaped, line breaks kept. */
const html = (text: string) => escapeXml(text).replace(/\r?\n/g, "<br>");

interface Entry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  /** HTML, escaped once more when written into the feed (content type="html"). */
  content: string;
}

const componentLine = (keys: SnapshotIncident["components"], locale: Locale) =>
  `<p>${html(interpolate(TEXT.components[locale], { list: keys.map((k) => COMPONENTS[k].name[locale]).join(", ") }))}</p>`;

function incidentEntry(
  tagBase: string,
  publicUrl: string,
  incident: SnapshotIncident,
  locale: Locale,
): Entry {
  const updates = incident.updates
    .map(
      (u) =>
        `<p><small>${html(interpolate("{at}", { at: new Date(u.createdAt) }, locale))}</small><br>` +
        `<strong>${html(STATUS[u.status][locale])}</strong> - ${html(u.body[locale])}</p>`,
    )
    .join("");
  return {
    id: `${tagBase}:incident/${incident.id}`,
    title: incident.title[locale],
    link: incidentLink(publicUrl, incident.id),
    published: incident.createdAt,
    updated: incident.updatedAt,
    content: updates + componentLine(incident.components, locale),
  };
}

function maintenanceEntry(
  tagBase: string,
  publicUrl: string,
  m: SnapshotMaintenance,
  locale: Locale,
  now: Date,
): Entry {
  const phase = m.canceledAt ? TEXT.canceled[locale] : PHASE[maintenancePhase(m, now)][locale];
  const window = interpolate(
    TEXT.window[locale],
    { from: new Date(m.startsAt), until: new Date(m.endsAt) },
    locale,
  );
  const description = m.description[locale].trim();
  return {
    id: `${tagBase}:maintenance/${m.id}`,
    title: m.title[locale],
    link: maintenanceLink(publicUrl, m.id),
    published: m.createdAt,
    updated: m.updatedAt,
    content:
      `<p><strong>${html(phase)}</strong> - ${html(window)}</p>` +
      (description ? `<p>${html(description)}</p>` : "") +
      componentLine(m.components, locale),
  };
}

/** A tag: URI base (RFC 4151) from the installation's host, so ids stay the same across builds. */
function tagBaseOf(publicUrl: string): string {
  let host = "satchel.invalid";
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // A public URL that does not parse still gets a feed.
  }
  return `tag:${host},2026:status`;
}

export function renderAtom(input: {
  snapshot: PublicSnapshot;
  now: Date;
  locale: Locale;
  publicUrl: string;
}): string {
  const { snapshot, now, locale, publicUrl } = input;
  const tagBase = tagBaseOf(publicUrl);
  const entries = [
    ...snapshot.body.incidents.map((i) => incidentEntry(tagBase, publicUrl, i, locale)),
    ...snapshot.body.maintenances.map((m) => maintenanceEntry(tagBase, publicUrl, m, locale, now)),
  ]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, FEED_ENTRIES);
  const updated = entries[0]?.updated ?? snapshot.body.builtAt;
  const self = `${publicUrl}/status/feed.atom?lang=${locale}`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(`${tagBase}:feed/${locale}`)}</id>`,
    `  <title>${escapeXml(TEXT.title[locale])}</title>`,
    `  <subtitle>${escapeXml(TEXT.subtitle[locale])}</subtitle>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${publicUrl}/status`)}"/>`,
    "  <author><name>Satchel</name></author>",
    ...entries.flatMap((e) => [
      "  <entry>",
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <published>${escapeXml(e.published)}</published>`,
      `    <updated>${escapeXml(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <content type="html">${escapeXml(e.content)}</content>`,
      "  </entry>",
    ]),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}
