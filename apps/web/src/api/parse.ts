// Small readers for API answers: a field that is missing or of the wrong type becomes a safe
// default at this edge, so pages never crash on an unexpected shape.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function str(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

export function strOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * A decimal amount. The contract sends strings ("12.50"); a number is accepted and turned into
 * its string (never computed with), anything else gives `fallback`.
 */
export function amount(value: unknown, fallback = "0"): string {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return fallback;
}

export function amountOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : amount(value, "") || null;
}

export function num(value: unknown, fallback = 0): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** The `data` array of a `{ data: [...] }` answer, each item read by `parse` (unreadable ones dropped). */
export function list<T>(body: unknown, parse: (item: unknown) => T | null): T[] {
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return data.map(parse).filter((item): item is T => item !== null);
}

export function invalid(): Error {
  return new Error("The server's answer does not have the documented shape.");
}

export function signal(s?: AbortSignal) {
  return s ? { signal: s } : {};
}
