import { describe, expect, it } from "vitest";
import { diffStats, foldUnchanged, toLines } from "./diffLines";

describe("line diffs", () => {
  it("splits each change into its lines", () => {
    expect(
      toLines([
        { op: "equal", text: "# Title\n\nFirst\n" },
        { op: "delete", text: "Old line\n" },
        { op: "insert", text: "New line\nAnother\n" },
        { op: "equal", text: "" },
        { op: "equal", text: "Last" },
      ]),
    ).toEqual([
      { op: "equal", text: "# Title" },
      { op: "equal", text: "" },
      { op: "equal", text: "First" },
      { op: "delete", text: "Old line" },
      { op: "insert", text: "New line" },
      { op: "insert", text: "Another" },
      { op: "equal", text: "Last" },
    ]);
  });

  it("counts added and removed lines", () => {
    expect(
      diffStats(
        toLines([
          { op: "delete", text: "a\n" },
          { op: "insert", text: "b\nc\n" },
        ]),
      ),
    ).toEqual({ added: 2, removed: 1 });
  });

  it("folds long unchanged runs and keeps context around changes", () => {
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => ({ op: "equal" as const, text: `l${i}` })),
      { op: "insert" as const, text: "new" },
      ...Array.from({ length: 6 }, (_, i) => ({ op: "equal" as const, text: `m${i}` })),
    ];
    expect(foldUnchanged(lines, 2)).toEqual([
      { op: "fold", count: 8 },
      { op: "equal", text: "l8" },
      { op: "equal", text: "l9" },
      { op: "insert", text: "new" },
      { op: "equal", text: "m0" },
      { op: "equal", text: "m1" },
      { op: "fold", count: 4 },
    ]);
  });

  it("shows a single unchanged line instead of folding it, and folds nothing without changes", () => {
    const lines = [
      { op: "equal" as const, text: "a" },
      { op: "delete" as const, text: "b" },
      { op: "equal" as const, text: "c" },
      { op: "equal" as const, text: "d" },
    ];
    expect(foldUnchanged(lines, 1)).toEqual([
      { op: "equal", text: "a" },
      { op: "delete", text: "b" },
      { op: "equal", text: "c" },
      { op: "equal", text: "d" },
    ]);
    const same = [{ op: "equal" as const, text: "x" }];
    expect(foldUnchanged(same)).toEqual(same);
  });
});
