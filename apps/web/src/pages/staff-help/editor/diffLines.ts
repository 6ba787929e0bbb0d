import type { Change, ChangeOp } from "../../../api/staffHelp";

export interface DiffLine {
  op: ChangeOp;
  text: string;
}

/** A run of unchanged lines folded away, standing for `count` lines. */
export interface FoldedLines {
  op: "fold";
  count: number;
}

/** A line diff's changes as one entry per line (a change's text may hold several lines, each ending in "\n"). */
export function toLines(changes: readonly Change[]): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const change of changes) {
    const text = change.text.endsWith("\n") ? change.text.slice(0, -1) : change.text;
    if (change.text === "") continue;
    for (const line of text.split("\n")) lines.push({ op: change.op, text: line });
  }
  return lines;
}

/**
 * Keeps `context` unchanged lines around each change and folds longer unchanged runs, so a
 * one-line edit in a long article is not lost in it. Nothing is folded when nothing changed.
 */
export function foldUnchanged(lines: readonly DiffLine[], context = 3): (DiffLine | FoldedLines)[] {
  if (!lines.some((l) => l.op !== "equal")) return [...lines];
  const keep = lines.map(() => false);
  lines.forEach((line, i) => {
    if (line.op === "equal") return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
  });
  const out: (DiffLine | FoldedLines)[] = [];
  let folded = 0;
  lines.forEach((line, i) => {
    if (keep[i]) {
      if (folded > 0) out.push({ op: "fold", count: folded });
      folded = 0;
      out.push(line);
    } else folded++;
  });
  if (folded > 0) out.push({ op: "fold", count: folded });
  // Folding a single line saves nothing: show it instead.
  return out.flatMap((entry, i) => {
    if (entry.op !== "fold" || entry.count > 1) return [entry];
    const index = out.slice(0, i).reduce((n, e) => n + (e.op === "fold" ? e.count : 1), 0);
    const line = lines[index];
    return line ? [line] : [];
  });
}

/** How many lines were added and removed. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.op === "insert").length,
    removed: lines.filter((l) => l.op === "delete").length,
  };
}
