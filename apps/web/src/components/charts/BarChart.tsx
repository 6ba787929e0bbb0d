import { Axes, ChartFrame, type ChartProps, plotBottom, plotLeft, plotRight, plotTop } from "./ChartFrame";
import { bands, labelIndexes, linearScale, stackTotals, valueAxis } from "./scale";

const MAX_X_LABELS = 8;

/** Stacked bars per category (e.g. contacts deflected and contacts sent per day), with a table fallback. */
export function BarChart(props: ChartProps) {
  const count = props.categories.length;
  const axis = valueAxis(Math.max(0, ...stackTotals(props.series.map((s) => s.values))));
  const y = linearScale([0, axis.max], [plotBottom, plotTop]);
  const band = bands(count, plotLeft, plotRight, count > 40 ? 0.1 : 0.25);
  const center = (i: number) => band.start(i) + band.bandwidth / 2;
  const format = props.formatValue ?? ((v: number) => new Intl.NumberFormat().format(v));
  return (
    <ChartFrame props={props}>
      <Axes
        props={props}
        ticks={axis.ticks}
        y={y}
        xPositions={labelIndexes(count, MAX_X_LABELS).map((index) => ({ index, x: center(index) }))}
      />
      {props.categories.map((category, i) => {
        let base = 0;
        return (
          <g key={category}>
            {props.series.map((s, seriesIndex) => {
              const value = s.values[i] ?? 0;
              const top = y(base + value);
              const bottom = y(base);
              base += value;
              if (value <= 0) return null;
              return (
                <rect
                  key={s.key}
                  className={`chart__bar chart-series-${seriesIndex}`}
                  x={band.start(i)}
                  y={top}
                  width={band.bandwidth}
                  height={Math.max(0, bottom - top)}
                >
                  <title>{`${category} · ${s.label}: ${format(value)}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
