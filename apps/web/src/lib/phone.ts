// Pure helpers of the phone pages: callback slots grouped by day in the support calendar's
// zone, call lengths as people read them, and phone numbers as the API takes them.

export interface TimedSlot {
  start: string;
  end: string;
}

export interface SlotDay<S extends TimedSlot> {
  /** YYYY-MM-DD in the zone. */
  day: string;
  /** "Fri 27 Nov" / "11月27日周五". */
  label: string;
  slots: (S & { time: string })[];
}

function tag(lang: string): string {
  return lang === "zh-CN" ? "zh-CN" : "en-GB";
}

/** The local day (YYYY-MM-DD) of an instant in a zone. */
export function dayInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "09:00" of an instant in a zone. */
export function timeInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** Slots by day in the zone, days and slots in time order; each slot gets its "09:00". */
export function groupSlotsByDay<S extends TimedSlot>(
  slots: readonly S[],
  timeZone: string,
  lang: string,
): SlotDay<S>[] {
  const dayLabel = new Intl.DateTimeFormat(tag(lang), {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const days = new Map<string, SlotDay<S>>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const day = dayInZone(slot.start, timeZone);
    let entry = days.get(day);
    if (!entry) {
      entry = { day, label: dayLabel.format(new Date(slot.start)), slots: [] };
      days.set(day, entry);
    }
    entry.slots.push({ ...slot, time: timeInZone(slot.start, timeZone) });
  }
  return [...days.values()];
}

/** "Fri 27 Nov, 09:00–09:30" of a slot in the zone. */
export function slotLabel(slot: TimedSlot, timeZone: string, lang: string): string {
  const day = new Intl.DateTimeFormat(tag(lang), {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  return `${day.format(new Date(slot.start))} ${timeInZone(slot.start, timeZone)}–${timeInZone(slot.end, timeZone)}`;
}

/** A call's length: "0:45", "5:12", "1:02:05". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * A typed length in seconds: "5:12", "1:02:05", or a number of minutes ("5", "2.5"); null when
 * it is none of these.
 */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (value === "") return 0;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 60);
  const parts = value.split(":");
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const numbers = parts.map(Number);
  const [a = 0, b = 0, c = 0] = numbers;
  if (parts.length === 2) return b < 60 ? a * 60 + b : null;
  return b < 60 && c < 60 ? a * 3600 + b * 60 + c : null;
}

/** A number as typed ("+86 138-1234-5678") in the API's form (+8613812345678); null when it is not E.164. */
export function toE164(text: string): string | null {
  const compact = text.trim().replace(/[\s\-().]/g, "");
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : null;
}
