export function deviceLabel(s: { browser: string; os: string }, unknown: string): string {
  const parts = [s.browser, s.os].filter((p) => p.trim() !== "");
  return parts.length > 0 ? parts.join(" · ") : unknown;
}
