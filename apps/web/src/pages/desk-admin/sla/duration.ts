// SLA targets are minutes on the server; the form shows them as hours and minutes. Opening
// hours are "HH:MM" (24:00 closes at midnight). Pure helpers, tested on their own.

/** The server's limit: a target of at most a year. */
export const MAX_MINUTES = 525_600;

export interface Parts {
  hours: string;
  minutes: string;
}

export function toParts(total: number): Parts {
  const whole = Math.max(0, Math.round(total));
  return { hours: String(Math.floor(whole / 60)), minutes: String(whole % 60) };
}

/** Whole minutes from the two boxes (an empty box counts as 0); null when either is not a whole number ≥ 0. */
export function fromParts(parts: Parts): number | null {
  const read = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === "") return 0;
    return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
  };
  const hours = read(parts.hours);
  const minutes = read(parts.minutes);
  if (hours === null || minutes === null) return null;
  return hours * 60 + minutes;
}

export type DurationProblem = "invalid" | "zero" | "tooLong";

export function durationProblem(minutes: number | null): DurationProblem | null {
  if (minutes === null) return "invalid";
  if (minutes < 1) return "zero";
  return minutes > MAX_MINUTES ? "tooLong" : null;
}

/** "1 h 30 min", "45 min", "3 h" in the words given (so both languages share one rule). */
export function spell(
  minutes: number,
  words: { h: (n: number) => string; min: (n: number) => string },
): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return words.min(m);
  return m === 0 ? words.h(h) : `${words.h(h)} ${words.min(m)}`;
}

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since midnight of "HH:MM" (24:00 = 1440), or null when it is not a time. */
export function clockMinutes(text: string): number | null {
  const trimmed = text.trim();
  const match = CLOCK.exec(trimmed);
  if (!match) return null;
  if (trimmed === "24:00") return 1440;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "9:00" → "09:00": what the server stores; unchanged when it is not a time. */
export function normalClock(text: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  return match ? `${(match[1] ?? "").padStart(2, "0")}:${match[2]}` : text.trim();
}
