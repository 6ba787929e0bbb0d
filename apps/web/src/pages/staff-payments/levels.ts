import type { TFunction } from "i18next";

/** A verification level in words: "Level 1 · basic". */
export function levelLabel(level: number | null, t: TFunction): string {
  if (level === null) return "—";
  return level >= 0 && level <= 2 ? t(`staffPayments.levels.${level as 0 | 1 | 2}`) : String(level);
}
