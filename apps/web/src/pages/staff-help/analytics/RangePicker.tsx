import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DateRange } from "../../../api/staffHelpInsights";
import { SubmitButton, TextField } from "../../../components/Form";
import { lastDays, MAX_RANGE_DAYS, rangeProblem } from "./range";

const PRESETS = [7, 30, 90] as const;

/** The days the report covers: a preset (last 7, 30, 90 days) or any from–to range up to a year. */
export function RangePicker({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(range);
  const [tried, setTried] = useState(false);
  const problem = rangeProblem(draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem) onChange(draft);
  };
  const preset = (days: number) => {
    const next = lastDays(days, new Date());
    setDraft(next);
    setTried(false);
    onChange(next);
  };
  const current = PRESETS.find((days) => {
    const p = lastDays(days, new Date());
    return p.from === range.from && p.to === range.to;
  });
  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t("staffHelp.analytics.presets")}</legend>
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            className="segmented__option"
            aria-pressed={current === days}
            onClick={() => preset(days)}
            data-testid={`range-${days}`}
          >
            {t("staffHelp.analytics.lastDays", { count: days })}
          </button>
        ))}
      </fieldset>
      <form className="range-picker__form" onSubmit={submit} noValidate>
        <TextField
          label={t("staffHelp.analytics.from")}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          testId="range-from"
        />
        <TextField
          label={t("staffHelp.analytics.to")}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          testId="range-to"
        />
        <SubmitButton pending={false} testId="range-apply">
          {t("staffHelp.analytics.apply")}
        </SubmitButton>
      </form>
      {tried && problem && (
        <p className="field__error" role="alert">
          {t(`staffHelp.analytics.rangeProblems.${problem}`, { max: MAX_RANGE_DAYS })}
        </p>
      )}
    </div>
  );
}
