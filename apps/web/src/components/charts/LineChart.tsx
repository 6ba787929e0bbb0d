import { Axes, ChartFrame, type ChartProps, plotBottom, plotLeft, plotRight, plotTop } from "./ChartFrame";
import { labelIndexes, linearScale, linePath, maxOf, pointX, valueAxis } from "./scale";

const MAX_X_LABELS = 8;
/** Beyond this many points, dots would crowd the line; the line alone is drawn. */
const MAX_DOTS = 62;

/** Lines over time (e.g. daily searches and searches without results), from 0, with a table fallback. */
export function LineChart(props: ChartProps) {
  const count = props.categories.length;
  const axis = valueAxis(maxOf(props.series.map((s) => s.values)));
  const y = linearScale([0, axis.max], [plotBottom, plotTop]);
  const x = (i: number) => pointX(i, count, plotLeft + 8, plotRight - 8);
  const format = props.formatValue ?? ((v: number) => new Intl.NumberFormat().format(v));
  return (
    <ChartFrame props={props}>
      <Axes
        props={props}
        ticks={axis.ticks}
        y={y}
        xPositions={labelIndexes(count, MAX_X_LABELS).map((index) => ({ index, x: x(index) }))}
      />
      {props.series.map((s, seriesIndex) => {
        const points = props.categories.map((_, i) => ({ x: x(i), y: y(s.values[i] ?? 0) }));
        return (
          <g key={s.key} className={`chart__series chart-series-${seriesIndex}`}>
            <path className="chart__line" d={linePath(points)} />
            {count <= MAX_DOTS &&
              points.map((p, i) => (
                <circle key={props.categories[i] ?? i} className="chart__dot" cx={p.x} cy={p.y} r={3.5}>
                  <title>{`${props.categories[i] ?? ""} · ${s.label}: ${format(s.values[i] ?? 0)}`}</title>
                </circle>
              ))}
          </g>
        );
      })}
    </ChartFrame>
  );
}
