/** How long someone has waited, as a clock reads it ("0:45", "3:05", "1:02:03"): the same in every language. */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** Chats that were not in the previous list: the newcomers to announce. */
export function newcomers<T extends { id: string }>(before: readonly T[] | null, now: readonly T[]): T[] {
  if (before === null) return [];
  const known = new Set(before.map((c) => c.id));
  return now.filter((c) => !known.has(c.id));
}
