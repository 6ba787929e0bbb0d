import { type PointerEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ComponentUptime } from "../../api/status";
import { currentLanguage } from "../../i18n";
import { barClass, dayText, periodText } from "./uptime";

const BAR_WIDTH = 3;
const BAR_GAP = 2;
const HEIGHT = 32;

/**
 * One bar per day (oldest on the left), coloured by the day's worst state, grey without data;
 * each bar's SVG <title> gives its day's date, uptime and outage minutes.
 *
 * The drawing is for the eye only. Over it lies a transparent range input, one tab stop per chart:
 * pointing at a bar, tapping it, dragging or the arrow keys pick a day, whose text shows under
 * the bars and is what screen readers announce (aria-valuetext).
 */
export function UptimeBars({
  uptime,
  name,
  days,
  pendingText,
}: {
  /** undefined while the uptime is loading or could not be loaded. */
  uptime: ComponentUptime | undefined;
  name: string;
  days: number;
  /** Said under the bars while `uptime` is undefined. */
  pendingText: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const bars = uptime?.days ?? [];
  const count = bars.length > 0 ? bars.length : days;
  const width = count * (BAR_WIDTH + BAR_GAP) - BAR_GAP;
  const last = bars.length - 1;
  const picked = active ?? last;
  const pickedDay = bars[picked];
  const period = uptime ? periodText(uptime.uptime, lang, t) : pendingText;

  const dayAt = (event: PointerEvent<HTMLInputElement>): number => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = box.width > 0 ? (event.clientX - box.left) / box.width : 1;
    return Math.min(last, Math.max(0, Math.floor(x * bars.length)));
  };

  return (
    <figure className="uptime" data-testid={`uptime-${uptime?.id ?? "pending"}`}>
      <div className="uptime__plot">
        <svg
          className={uptime ? "uptime__chart" : "uptime__chart uptime__chart--pending"}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {bars.length === 0
            ? Array.from({ length: count }, (_, i) => (
                // Placeholders while loading: nothing to say per day yet.
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered
                  key={i}
                  className="uptime__bar uptime__bar--no_data"
                  x={i * (BAR_WIDTH + BAR_GAP)}
                  width={BAR_WIDTH}
                  height={HEIGHT}
                  rx={1}
                />
              ))
            : bars.map((day, i) => (
                <rect
                  key={day.date}
                  className={barClass(day, i === active)}
                  data-date={day.date}
                  x={i * (BAR_WIDTH + BAR_GAP)}
                  width={BAR_WIDTH}
                  height={HEIGHT}
                  rx={1}
                >
                  <title>{dayText(day, lang, t)}</title>
                </rect>
              ))}
        </svg>
        {bars.length > 0 && (
          <input
            type="range"
            className="uptime__slider"
            min={0}
            max={last}
            step={1}
            value={picked}
            aria-label={t("statusPage.components.chartLabel", { name, days: count })}
            aria-valuetext={pickedDay ? dayText(pickedDay, lang, t) : period}
            onChange={(event) => setActive(Number(event.target.value))}
            onPointerMove={(event) => setActive(dayAt(event))}
            onPointerDown={(event) => setActive(dayAt(event))}
            onPointerLeave={() => {
              if (!focused) setActive(null);
            }}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setActive(null);
            }}
          />
        )}
      </div>
      <figcaption className="uptime__caption">
        <span>{t("statusPage.components.daysAgo", { days: count })}</span>
        <span className="uptime__figure" data-testid="uptime-figure">
          {active !== null && pickedDay ? dayText(pickedDay, lang, t) : period}
        </span>
        <span>{t("statusPage.components.today")}</span>
      </figcaption>
    </figure>
  );
}
