import { REPLY_ABOVE_MARKERS } from "./compose.js";

/**
 * What the customer wrote in this mail, without the history their mail program quoted below
 * it or their signature: the thread already holds the earlier messages, and the original mail
 * is kept whole for agents. When nothing would be left (a mail that is all quote, or a
 * forward with no word of their own) the full text is kept instead.
 */

/** A line from which everything below is the answered mail, a signature or a device footer. */
const CUT_HERE: RegExp[] = [
  // Our own "reply above this line" marker, in either language.
  ...Object.values(REPLY_ABOVE_MARKERS).map((marker) => new RegExp(`^${escapeRegExp(marker)}`)),
  // Outlook, Thunderbird, QQ, 163 and Foxmail separators.
  /^-{2,}\s*(Original Message|Reply Message|Replied Message|Forwarded by)\s*-{2,}$/i,
  /^-{2,}\s*(原始邮件|原邮件|回复的原邮件|原始信件)\s*-{2,}$/,
  // The signature delimiter ("-- ", and the "--" many programs leave of it).
  /^--\s*$/,
  // Phone and app footers.
  /^(Sent from my |Sent from (Mail|Outlook|Yahoo Mail|Samsung)|Get Outlook for |Sent via )/i,
  /^(发自我的|来自我的|从我的.{0,20}发送|发自 ?(网易|QQ|iPhone|iPad))/,
];

/** "On Tue, 24 Nov 2026 at 10:00, Alice <a@example.com> wrote:", possibly wrapped over lines. */
const ATTRIBUTION_END = /(wrote|writes|a écrit|schrieb)\s*:\s*$/i;
const ATTRIBUTION_START = /^(On|Le|Am)\s/;
/** "在 2026年11月24日 10:00，Alice <a@example.com> 写道：", Gmail's "Alice <a@…> 于2026年11月24日周二 写道：". */
const ATTRIBUTION_ZH = /(写道|寫道)\s*[:：]\s*$/;
/** Outlook's header block: "From: …" then "Sent: …"/"Date: …" within a few lines (also in Chinese). */
const HEADER_FROM = /^\*?(From|发件人|寄件者)\s*\*?\s*[:：]/i;
const HEADER_SENT = /^\*?(Sent|Date|发送时间|日期|寄件日期|时间)\s*\*?\s*[:：]/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isAttribution(lines: string[], index: number): boolean {
  const line = lines[index]?.trim() ?? "";
  if (ATTRIBUTION_ZH.test(line) && line.length <= 300) return true;
  if (!ATTRIBUTION_START.test(line)) return false;
  // Mail programs wrap long attributions: up to three lines make one.
  for (let count = 1; count <= 3; count++) {
    const candidate = lines
      .slice(index, index + count)
      .map((l) => l.trim())
      .join(" ");
    if (ATTRIBUTION_END.test(candidate) && candidate.length <= 400) return true;
  }
  return false;
}

function isHeaderBlock(lines: string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index]?.trim() ?? "")) return false;
  return lines.slice(index + 1, index + 5).some((l) => HEADER_SENT.test(l.trim()));
}

/** Where the customer's own words end, as a line index. */
function cutIndex(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? "";
    if (CUT_HERE.some((pattern) => pattern.test(line))) return i;
    if (isAttribution(lines, i) || isHeaderBlock(lines, i)) return i;
    // Outlook's "____" rule is only a cut when a header block follows it.
    if (/^_{10,}$/.test(line) && isHeaderBlock(lines, i + 1)) return i;
  }
  return lines.length;
}

export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const own = lines
    .slice(0, cutIndex(lines))
    .filter((line) => !/^\s*>/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return own.length > 0 ? own : text.trim();
}
