// Pure helpers the SVG charts use to place things: a "nice" value axis, linear scales, the x
// position of each point or bar, the path of a line, which x labels to show. No DOM here, so
// every rule is tested on its own.

/** The smallest of 1, 2, 2.5, 5 (× a power of ten) at or above `rough`. */
export function niceStep(rough: number): number {
  if (!Number.isFinite(rough) || rough <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export interface ValueAxis {
  /** The top of the axis: the first tick at or above the largest value. */
  max: number;
  /** Tick values from 0 to max, evenly spaced. */
  ticks: number[];
}

/**
 * A value axis from 0 for data up to `maxValue`, with about `count` intervals. Counts are whole
 * numbers, so with `integers` no step is below 1 (no "0.5 searches"). An empty or all-zero
 * series still gets an axis (0 to 1, or to `count` for integers).
 */
export function valueAxis(maxValue: number, count = 4, integers = true): ValueAxis {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  const intervals = Math.max(1, Math.round(count));
  let step = top === 0 ? (integers ? 1 : 1 / intervals) : niceStep(top / intervals);
  if (integers) step = Math.max(1, Math.ceil(step));
  const steps = top === 0 ? intervals : Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => round(i * step));
  return { max: ticks[ticks.length - 1] ?? 1, ticks };
}

/** Rounds away floating-point noise (0.30000000000000004 → 0.3). */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** A linear map from a domain to a range (pixels); a zero-width domain maps everything to the range's start. */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** The x of the i-th of n points spread from x0 to x1 (ends included); a single point sits in the middle. */
export function pointX(index: number, count: number, x0: number, x1: number): number {
  if (count <= 1) return (x0 + x1) / 2;
  return x0 + (index / (count - 1)) * (x1 - x0);
}

export interface Bands {
  /** Width of one band (a day's bars). */
  bandwidth: number;
  /** Left edge of the i-th band. */
  start: (index: number) => number;
}

/** n equal bands from x0 to x1 with a gap of `padding` (share of a step, 0..0.9) between them. */
export function bands(count: number, x0: number, x1: number, padding = 0.2): Bands {
  const n = Math.max(1, count);
  const gap = Math.min(0.9, Math.max(0, padding));
  const step = (x1 - x0) / n;
  const bandwidth = step * (1 - gap);
  return { bandwidth, start: (index) => x0 + index * step + (step - bandwidth) / 2 };
}

/** The SVG path through the points, in order ("" when there are none). */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${fmt(p.x)} ${fmt(p.y)}`).join(" ");
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Which of `count` x labels to show so at most about `maxLabels` fit: every k-th one from the
 * first, and always the last (dropping the one before it when the two would touch).
 */
export function labelIndexes(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const max = Math.max(2, Math.floor(maxLabels));
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const every = Math.ceil((count - 1) / (max - 1));
  const shown: number[] = [];
  for (let i = 0; i < count - 1; i += every) shown.push(i);
  const last = count - 1;
  const previous = shown[shown.length - 1];
  if (previous !== undefined && last - previous < every / 2 && shown.length > 1) shown.pop();
  shown.push(last);
  return shown;
}

/** The largest value of several series (0 when there is none). */
export function maxOf(series: readonly (readonly number[])[]): number {
  let max = 0;
  for (const values of series) for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  return max;
}

/** Per index, the sum of the series (the height of a stacked bar). */
export function stackTotals(series: readonly (readonly number[])[]): number[] {
  const length = Math.max(0, ...series.map((s) => s.length));
  return Array.from({ length }, (_, i) => series.reduce((sum, s) => sum + (s[i] ?? 0), 0));
}
