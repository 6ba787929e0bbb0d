import { fromLocalInput, toLocalInput } from "../staff-payments/format";

// A maintenance window as staff type it: two datetime-local inputs in the browser's time zone,
// sent to the API as ISO timestamps in UTC.

export { fromLocalInput, toLocalInput };

export type WindowProblem = "startRequired" | "endRequired" | "endBeforeStart" | "endPassed";

/** What keeps a window from being scheduled (the server checks the same and answers maintenance_window_invalid). */
export function windowProblems(
  startsAt: string | null,
  endsAt: string | null,
  now: number,
): { start?: WindowProblem; end?: WindowProblem } {
  const start = startsAt ? Date.parse(startsAt) : Number.NaN;
  const end = endsAt ? Date.parse(endsAt) : Number.NaN;
  return {
    ...(Number.isNaN(start) ? { start: "startRequired" as const } : {}),
    ...(Number.isNaN(end)
      ? { end: "endRequired" as const }
      : !Number.isNaN(start) && end <= start
        ? { end: "endBeforeStart" as const }
        : end <= now
          ? { end: "endPassed" as const }
          : {}),
  };
}

/** "UTC+08:00" for a moment in a time zone (the offset can change with daylight saving time). */
export function utcOffset(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")?.value;
  // "GMT+08:00", or plain "GMT" for UTC itself.
  const offset = part?.replace(/^GMT/, "") || "+00:00";
  return `UTC${offset}`;
}

/** The browser's time zone, the one the inputs are read in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** "Asia/Shanghai (UTC+08:00)": the zone the inputs are read in, as staff should see it beside them. */
export function zoneLabel(date: Date, timeZone = browserTimeZone()): string {
  return `${timeZone} (${utcOffset(date, timeZone)})`;
}

/** "2026-11-27 01:15 UTC": what a typed local time becomes, to check before scheduling. */
export function utcText(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** A first suggestion for a new window: from the next full hour, for one hour. */
export function suggestedWindow(now: number): { start: string; end: string } {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const end = new Date(start.getTime() + 3_600_000);
  return { start: toLocalInput(start.toISOString()), end: toLocalInput(end.toISOString()) };
}
