import { type ReactNode, useId } from "react";
import "./charts.css";

/** One series of a chart: a value per category (per day). */
export interface ChartSeries {
  key: string;
  label: string;
  values: readonly number[];
}

/** What every chart takes: its words, its categories and series, how values read. */
export interface ChartProps {
  /** Names the chart for everyone (the SVG's title and the figure's caption). */
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers (the SVG's desc). */
  description: string;
  /** The full label of each category (e.g. "Mon, 3 Mar 2026"), used in tooltips and the table. */
  categories: readonly string[];
  /** Short labels under the x axis (e.g. "3 Mar"); the full ones when omitted. */
  tickLabels?: readonly string[];
  series: readonly ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** The header of the table's first column (the categories). */
  categoryHeader: string;
  /** The summary of the folded data table ("Show the figures as a table"). */
  tableLabel: string;
  formatValue?: (value: number) => string;
  testId?: string;
}

/** Drawing area inside the SVG's viewBox (the SVG scales to its container's width). */
export const VIEW = { width: 640, height: 280, left: 64, right: 16, top: 16, bottom: 52 } as const;

export const plotLeft = VIEW.left;
export const plotRight = VIEW.width - VIEW.right;
export const plotTop = VIEW.top;
export const plotBottom = VIEW.height - VIEW.bottom;

const defaultFormat = (value: number) => new Intl.NumberFormat().format(value);

/**
 * The frame around a chart: caption, legend, the SVG (role="img" with a title and description),
 * and the same figures as a table for anyone who cannot see the drawing.
 */
export function ChartFrame({
  props,
  children,
}: {
  props: ChartProps;
  /** The SVG's content, given the ids its title and desc must carry. */
  children: ReactNode;
}) {
  const id = useId();
  const format = props.formatValue ?? defaultFormat;
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption className="chart__caption">{props.title}</figcaption>
      <ul className="chart__legend">
        {props.series.map((s, i) => (
          <li key={s.key} className={`chart__key chart-series-${i}`}>
            <span className="chart__swatch" aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        {children}
      </svg>
      <details className="chart__table">
        <summary>{props.tableLabel}</summary>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.categoryHeader}</th>
                {props.series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.categories.map((category, row) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {props.series.map((s) => (
                    <td key={s.key} className="num">
                      {format(s.values[row] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Gridlines with value labels, the axis titles and the x labels shared by the line and bar charts. */
export function Axes({
  props,
  ticks,
  y,
  xPositions,
}: {
  props: ChartProps;
  ticks: readonly number[];
  y: (value: number) => number;
  /** x of each shown category label, by category index. */
  xPositions: readonly { index: number; x: number }[];
}) {
  const format = props.formatValue ?? defaultFormat;
  const labels = props.tickLabels ?? props.categories;
  return (
    <g className="chart__axes">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart__grid" x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} />
          <text className="chart__tick" x={plotLeft - 8} y={y(tick)} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      <line className="chart__baseline" x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} />
      {xPositions.map(({ index, x }) => (
        <text key={index} className="chart__tick" x={x} y={plotBottom + 18} textAnchor="middle">
          {labels[index] ?? ""}
        </text>
      ))}
      <text
        className="chart__axis-label"
        x={(plotLeft + plotRight) / 2}
        y={VIEW.height - 8}
        textAnchor="middle"
      >
        {props.xLabel}
      </text>
      <text
        className="chart__axis-label"
        transform={`translate(14 ${(plotTop + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {props.yLabel}
      </text>
    </g>
  );
}
