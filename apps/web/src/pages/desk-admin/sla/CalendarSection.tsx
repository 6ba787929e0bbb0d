import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type BusinessCalendar, getCalendar, saveCalendar } from "../../../api/deskAdmin";
import { Alert, FormError, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { Section } from "../../../components/Section";
import { currentLanguage } from "../../../i18n";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { serverFieldError } from "../../staff-payments/format";
import { deskAdminKeys } from "../queries";
import { calendarOf, type DayDraft, dayProblem, daysOf, timeZones, weekdayName } from "./calendarDraft";

/** The time zone and weekly opening hours the business-hours targets count in. */
export function CalendarSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: deskAdminKeys.calendar, queryFn: ({ signal }) => getCalendar(signal) });
  return (
    <Section
      id="sla-calendar"
      icon="clock"
      title={t("deskAdmin.sla.calendar.title")}
      description={t("deskAdmin.sla.calendar.lead")}
    >
      {query.isPending && <Loading />}
      {query.isError && (
        <LoadFailed
          title={t("deskAdmin.sla.calendar.loadError")}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.data && <CalendarForm calendar={query.data} />}
    </Section>
  );
}

function CalendarForm({ calendar }: { calendar: BusinessCalendar }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const [timeZone, setTimeZone] = useState(calendar.timeZone);
  const [days, setDays] = useState<DayDraft[]>(() => daysOf(calendar));
  const [tried, setTried] = useState(false);
  const zones = timeZones(calendar.timeZone);
  const save = useMutation({
    mutationFn: () => saveCalendar(calendarOf(timeZone.trim(), days)),
    onSuccess: (saved) => {
      queryClient.setQueryData(deskAdminKeys.calendar, saved);
      setTried(false);
    },
  });
  const problems = days.map(dayProblem);
  const noneOpen = days.every((d) => !d.open);
  const blocked = problems.some((p) => p !== null) || noneOpen || timeZone.trim() === "";
  const change = (weekday: number, patch: Partial<DayDraft>) => {
    save.reset();
    setDays((all) => all.map((d) => (d.weekday === weekday ? { ...d, ...patch } : d)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!blocked) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      {zones.length > 0 ? (
        <SelectField
          label={t("deskAdmin.sla.calendar.timeZone")}
          hint={t("deskAdmin.sla.calendar.timeZoneHint")}
          value={timeZone}
          onChange={(e) => {
            save.reset();
            setTimeZone(e.target.value);
          }}
          error={serverFieldError(save.error, "timeZone")}
          testId="calendar-timezone"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          label={t("deskAdmin.sla.calendar.timeZone")}
          hint={t("deskAdmin.sla.calendar.timeZoneTyped")}
          value={timeZone}
          onChange={(e) => {
            save.reset();
            setTimeZone(e.target.value);
          }}
          error={serverFieldError(save.error, "timeZone")}
          testId="calendar-timezone"
        />
      )}
      <fieldset className="week-hours">
        <legend>{t("deskAdmin.sla.calendar.hours")}</legend>
        <p className="small muted">{t("deskAdmin.sla.calendar.hoursHint")}</p>
        <ul className="week-hours__list">
          {days.map((day, index) => {
            const name = weekdayName(day.weekday, language);
            const problem = tried ? problems[index] : null;
            return (
              <li key={day.weekday} className="week-hours__day" data-testid={`calendar-day-${day.weekday}`}>
                <label className="week-hours__open">
                  <input
                    type="checkbox"
                    checked={day.open}
                    onChange={(e) => change(day.weekday, { open: e.target.checked })}
                    data-testid={`calendar-open-${day.weekday}`}
                  />
                  <span className="week-hours__name">{name}</span>
                </label>
                {day.open ? (
                  <span className="week-hours__times">
                    <label>
                      <span className="visually-hidden">
                        {t("deskAdmin.sla.calendar.opens", { day: name })}
                      </span>
                      <input
                        className="desk-input"
                        type="text"
                        inputMode="numeric"
                        placeholder="09:00"
                        value={day.from}
                        size={6}
                        onChange={(e) => change(day.weekday, { from: e.target.value })}
                        aria-invalid={problem ? true : undefined}
                        data-testid={`calendar-from-${day.weekday}`}
                      />
                    </label>
                    <span aria-hidden="true">–</span>
                    <label>
                      <span className="visually-hidden">
                        {t("deskAdmin.sla.calendar.closes", { day: name })}
                      </span>
                      <input
                        className="desk-input"
                        type="text"
                        inputMode="numeric"
                        placeholder="18:00"
                        value={day.to}
                        size={6}
                        onChange={(e) => change(day.weekday, { to: e.target.value })}
                        aria-invalid={problem ? true : undefined}
                        data-testid={`calendar-to-${day.weekday}`}
                      />
                    </label>
                  </span>
                ) : (
                  <span className="muted">{t("deskAdmin.sla.calendar.closed")}</span>
                )}
                {problem && (
                  <span className="field__error week-hours__error">
                    {t(`deskAdmin.sla.calendar.problems.${problem}`)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {tried && noneOpen && (
        <p className="field__error" role="alert">
          {t("deskAdmin.sla.calendar.problems.noneOpen")}
        </p>
      )}
      <FormError error={save.error} />
      {save.isSuccess && <Alert tone="ok">{t("deskAdmin.sla.calendar.saved")}</Alert>}
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="calendar-save">
          {t("deskAdmin.sla.calendar.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
