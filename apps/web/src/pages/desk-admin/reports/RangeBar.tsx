import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReportRange } from "../../../api/deskAdminReports";
import { SubmitButton, TextField } from "../../../components/Form";
import { MAX_RANGE_DAYS, rangeProblem } from "../../staff-help/analytics/range";
import { lastDays, PRESETS, presetOf } from "./reportRange";

/** The days the report covers: the last 7, 30 or 90 days of the desk, or any from–to up to a year. */
export function RangeBar({
  range,
  today,
  onChange,
}: {
  range: ReportRange;
  today: string;
  onChange: (range: ReportRange) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(range);
  const [tried, setTried] = useState(false);
  const problem = rangeProblem(draft);
  const current = presetOf(range, today);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem) onChange(draft);
  };
  const preset = (days: number) => {
    const next = lastDays(days, today);
    setDraft(next);
    setTried(false);
    onChange(next);
  };
  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t("deskAdmin.reports.presets")}</legend>
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            className="segmented__option"
            aria-pressed={current === days}
            onClick={() => preset(days)}
            data-testid={`report-range-${days}`}
          >
            {t("deskAdmin.reports.lastDays", { count: days })}
          </button>
        ))}
      </fieldset>
      <form className="range-picker__form" onSubmit={submit} noValidate>
        <TextField
          label={t("deskAdmin.reports.from")}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          testId="report-from"
        />
        <TextField
          label={t("deskAdmin.reports.to")}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          testId="report-to"
        />
        <SubmitButton pending={false} testId="report-apply">
          {t("deskAdmin.reports.apply")}
        </SubmitButton>
      </form>
      {tried && problem && (
        <p className="field__error" role="alert">
          {t(`deskAdmin.reports.rangeProblems.${problem}`, { max: MAX_RANGE_DAYS })}
        </p>
      )}
    </div>
  );
}
