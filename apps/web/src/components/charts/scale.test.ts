import { describe, expect, it } from "vitest";
import {
  bands,
  labelIndexes,
  linearScale,
  linePath,
  maxOf,
  niceStep,
  pointX,
  stackTotals,
  valueAxis,
} from "./scale";

describe("niceStep", () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [12, 20],
    [230, 250],
    [0.03, 0.05],
  ])("%s → %s", (rough, nice) => {
    expect(niceStep(rough)).toBeCloseTo(nice, 10);
  });

  it("falls back to 1 for nothing usable", () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-5)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe("valueAxis", () => {
  it("covers the largest value with evenly spaced round ticks from 0", () => {
    expect(valueAxis(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(valueAxis(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(valueAxis(230, 5)).toEqual({ max: 250, ticks: [0, 50, 100, 150, 200, 250] });
  });

  it("ends exactly on a tick when the maximum is one", () => {
    expect(valueAxis(40)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it("never uses fractional steps for counts", () => {
    expect(valueAxis(2)).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(valueAxis(3, 4)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
  });

  it("allows fractions when asked (shares)", () => {
    expect(valueAxis(0.42, 4, false)).toEqual({ max: 0.6, ticks: [0, 0.2, 0.4, 0.6] });
    expect(valueAxis(0.3, 3, false)).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it("still draws an axis for an empty or all-zero series", () => {
    expect(valueAxis(0)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(valueAxis(Number.NaN, 2)).toEqual({ max: 2, ticks: [0, 1, 2] });
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, inverted for SVG's downward y", () => {
    const y = linearScale([0, 40], [228, 16]);
    expect(y(0)).toBe(228);
    expect(y(40)).toBe(16);
    expect(y(20)).toBe(122);
  });

  it("maps everything to the start of the range when the domain is one point", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });
});

describe("pointX and bands", () => {
  it("spreads points from end to end, and centres a single one", () => {
    expect([0, 1, 2].map((i) => pointX(i, 3, 0, 100))).toEqual([0, 50, 100]);
    expect(pointX(0, 1, 0, 100)).toBe(50);
  });

  it("divides the width into equal bands with a gap, centred in each step", () => {
    const b = bands(4, 0, 400, 0.2);
    expect(b.bandwidth).toBe(80);
    expect([0, 1, 2, 3].map(b.start)).toEqual([10, 110, 210, 310]);
  });

  it("keeps a sane band for no categories and clamps the gap", () => {
    expect(bands(0, 0, 100).bandwidth).toBeCloseTo(80);
    expect(bands(1, 0, 100, 5).bandwidth).toBeCloseTo(10);
  });
});

describe("linePath", () => {
  it("moves to the first point and draws lines through the rest, rounded to 0.01", () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 33.3333, y: 5 },
        { x: 66.6667, y: 7.125 },
      ]),
    ).toBe("M0 10 L33.33 5 L66.67 7.13");
    expect(linePath([])).toBe("");
  });
});

describe("labelIndexes", () => {
  it("shows every label when they fit", () => {
    expect(labelIndexes(5, 8)).toEqual([0, 1, 2, 3, 4]);
    expect(labelIndexes(0, 8)).toEqual([]);
  });

  it("thins a long axis to evenly spaced labels and always keeps the last", () => {
    const shown = labelIndexes(30, 8);
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(29);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(labelIndexes(31, 7)).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  it("drops the label just before the last one when they would touch", () => {
    expect(labelIndexes(20, 8)).toEqual([0, 3, 6, 9, 12, 15, 19]);
    expect(labelIndexes(23, 8)).toEqual([0, 4, 8, 12, 16, 20, 22]);
  });
});

describe("maxOf and stackTotals", () => {
  it("finds the largest finite value", () => {
    expect(
      maxOf([
        [1, 9, 3],
        [4, Number.NaN],
      ]),
    ).toBe(9);
    expect(maxOf([])).toBe(0);
  });

  it("adds series per index, treating missing values as 0", () => {
    expect(
      stackTotals([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toEqual([5, 7, 3]);
    expect(stackTotals([])).toEqual([]);
  });
});
