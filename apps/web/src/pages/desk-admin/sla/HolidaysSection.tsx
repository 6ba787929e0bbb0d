import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addHoliday, deleteHoliday, type Holiday, listHolidays } from "../../../api/deskAdmin";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert, FormError, SubmitButton, TextField } from "../../../components/Form";
import { Section } from "../../../components/Section";
import { currentLanguage } from "../../../i18n";
import { QueryState } from "../../staff-payments/Feedback";
import { calendarDate, serverFieldError } from "../../staff-payments/format";
import { deskAdminKeys } from "../queries";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today as YYYY-MM-DD in this browser (past holidays are folded away). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days the SLA clock does not count (public holidays), with a name in both languages. */
export function HolidaysSection() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: deskAdminKeys.holidaysAll,
    queryFn: ({ signal }) => listHolidays(undefined, signal),
  });
  const holidays = query.data ?? [];
  const now = today();
  const upcoming = holidays.filter((h) => h.day >= now);
  const past = holidays.filter((h) => h.day < now).reverse();
  return (
    <Section
      id="sla-holidays"
      icon="book"
      title={t("deskAdmin.sla.holidays.title")}
      description={t("deskAdmin.sla.holidays.lead")}
    >
      <div className="stack">
        <AddHolidayForm />
        <QueryState
          query={query}
          isEmpty={holidays.length === 0}
          errorTitle={t("deskAdmin.sla.holidays.loadError")}
          empty={t("deskAdmin.sla.holidays.empty")}
        />
        {holidays.length > 0 && (
          <>
            <h3 className="desk-subhead">
              {t("deskAdmin.sla.holidays.upcoming", { count: upcoming.length })}
            </h3>
            {upcoming.length > 0 ? (
              <HolidayTable holidays={upcoming} />
            ) : (
              <p className="muted">{t("deskAdmin.sla.holidays.noneUpcoming")}</p>
            )}
            {past.length > 0 && (
              <details className="desk-fold">
                <summary>{t("deskAdmin.sla.holidays.past", { count: past.length })}</summary>
                <HolidayTable holidays={past} />
              </details>
            )}
          </>
        )}
      </div>
    </Section>
  );
}

function HolidayTable({ holidays }: { holidays: Holiday[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const other = lang === "en" ? "zh-CN" : "en";
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (day: string) => deleteHoliday(day),
    onSuccess: () => {
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.holidaysAll });
    },
  });
  const weekday = (day: string) =>
    new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  return (
    <div className="table-wrap">
      <table className="data-table holiday-table">
        <caption className="visually-hidden">{t("deskAdmin.sla.holidays.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("deskAdmin.sla.holidays.day")}</th>
            <th scope="col">{t("deskAdmin.sla.holidays.name")}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t("deskAdmin.sla.holidays.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.day} data-testid="holiday-row">
              <td>
                {calendarDate(h.day)} <span className="small muted">{weekday(h.day)}</span>
              </td>
              <td>
                {h.name[lang]}{" "}
                <span className="small muted" lang={other}>
                  {h.name[other]}
                </span>
              </td>
              <td className="actions">
                {removing === h.day ? (
                  <ConfirmBox
                    tone="warning"
                    text={t("deskAdmin.sla.holidays.removeConfirm", {
                      name: h.name[lang],
                      day: calendarDate(h.day),
                    })}
                    confirmLabel={t("deskAdmin.sla.holidays.removeYes")}
                    pending={remove.isPending}
                    error={remove.error}
                    onConfirm={() => remove.mutate(h.day)}
                    onCancel={() => setRemoving(null)}
                    testId="holiday-remove-confirm"
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => {
                      remove.reset();
                      setRemoving(h.day);
                    }}
                    aria-label={t("deskAdmin.sla.holidays.removeNamed", {
                      name: h.name[lang],
                      day: calendarDate(h.day),
                    })}
                    data-testid={`holiday-remove-${h.day}`}
                  >
                    {t("deskAdmin.sla.holidays.remove")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AddHolidayForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [day, setDay] = useState("");
  const [en, setEn] = useState("");
  const [zh, setZh] = useState("");
  const [tried, setTried] = useState(false);
  const [existed, setExisted] = useState(false);
  const add = useMutation({
    mutationFn: () => addHoliday({ day, name: { en: en.trim(), "zh-CN": zh.trim() } }),
    onSuccess: (holiday) => {
      const known = queryClient.getQueryData<Holiday[]>(deskAdminKeys.holidaysAll) ?? [];
      setExisted(known.some((h) => h.day === holiday.day));
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.holidaysAll });
      setDay("");
      setEn("");
      setZh("");
      setTried(false);
    },
  });
  const problems = {
    day: DAY.test(day) ? null : t("deskAdmin.sla.holidays.problems.day"),
    en: en.trim() ? null : t("deskAdmin.sla.holidays.problems.name"),
    zh: zh.trim() ? null : t("deskAdmin.sla.holidays.problems.name"),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problems.day && !problems.en && !problems.zh) add.mutate();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="holiday-form"
      aria-label={t("deskAdmin.sla.holidays.addTitle")}
    >
      <TextField
        label={t("deskAdmin.sla.holidays.day")}
        type="date"
        value={day}
        onChange={(e) => {
          add.reset();
          setDay(e.target.value);
        }}
        error={(tried ? problems.day : null) ?? serverFieldError(add.error, "day")}
        testId="holiday-day"
      />
      <TextField
        label={t("deskAdmin.sla.holidays.nameEn")}
        lang="en"
        value={en}
        maxLength={100}
        onChange={(e) => setEn(e.target.value)}
        error={tried ? problems.en : null}
        testId="holiday-name-en"
      />
      <TextField
        label={t("deskAdmin.sla.holidays.nameZh")}
        lang="zh-CN"
        value={zh}
        maxLength={100}
        onChange={(e) => setZh(e.target.value)}
        error={tried ? problems.zh : null}
        testId="holiday-name-zh"
      />
      <div className="holiday-form__submit">
        <SubmitButton pending={add.isPending} pendingLabel={t("common.saving")} testId="holiday-add">
          {t("deskAdmin.sla.holidays.add")}
        </SubmitButton>
      </div>
      <div className="holiday-form__notes">
        <FormError error={add.error} />
        {add.isSuccess && (
          <Alert tone="ok">
            {existed ? t("deskAdmin.sla.holidays.renamed") : t("deskAdmin.sla.holidays.added")}
          </Alert>
        )}
      </div>
    </form>
  );
}
