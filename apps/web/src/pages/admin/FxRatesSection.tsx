import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FxRate, fetchFxRates, updateFxRate } from "../../api/adminLedger";
import { Alert, FormError } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { formatMoney, normalizeAmountInput, parseDecimal } from "../../lib/money";
import { formatDateTime, parseDate } from "../../lib/time";
import { walletKeys } from "../../wallet/queries";

/** The rates customers are quoted from (mid rates, per 1 unit of the base currency), editable in place. */
export function FxRatesSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: walletKeys.fxRates, queryFn: ({ signal }) => fetchFxRates(signal) });
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Section
      id="fx-rates"
      icon="transfer"
      title={t("ledger.rates.title")}
      description={
        query.data
          ? t("ledger.rates.lead", { base: query.data.base, spread: query.data.spreadPercent || "—" })
          : t("ledger.rates.leadShort")
      }
    >
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError && (
        <Alert tone="danger" title={t("ledger.rates.error")}>
          {errorMessage(query.error, t)}
        </Alert>
      )}
      {saved && <Alert tone="ok">{t("ledger.rates.saved", { currency: saved })}</Alert>}
      {query.isSuccess && (
        <div className="table-wrap">
          <table className="data-table" data-testid="fx-rates">
            <thead>
              <tr>
                <th scope="col">{t("ledger.currency")}</th>
                <th scope="col" className="num">
                  {t("ledger.rates.rate", { base: query.data.base })}
                </th>
                <th scope="col">{t("ledger.rates.updated")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("ledger.rates.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.rates.map((rate) =>
                editing === rate.currency ? (
                  <EditRow
                    key={rate.currency}
                    rate={rate}
                    onDone={(ok) => {
                      setEditing(null);
                      setSaved(ok ? rate.currency : null);
                    }}
                  />
                ) : (
                  <RateRow
                    key={rate.currency}
                    rate={rate}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(rate.currency);
                    }}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function RateRow({ rate, onEdit }: { rate: FxRate; onEdit: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const updated = rate.updatedAt ? parseDate(rate.updatedAt) : null;
  return (
    <tr data-currency={rate.currency}>
      <th scope="row">{rate.currency}</th>
      <td className="num mono">{formatMoney(rate.rate, rate.currency, lang, { display: "none" })}</td>
      <td className="small muted">
        {updated ? formatDateTime(updated, lang, { dateStyle: "medium", timeStyle: "short" }) : "—"}
        {rate.updatedBy && <> · {rate.updatedBy}</>}
      </td>
      <td className="actions">
        <button
          type="button"
          className="button button--small"
          onClick={onEdit}
          data-testid={`edit-rate-${rate.currency}`}
        >
          <Icon name="edit" size={14} />
          {t("ledger.rates.edit")}
        </button>
      </td>
    </tr>
  );
}

function EditRow({ rate, onDone }: { rate: FxRate; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(rate.rate);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const save = useMutation({
    mutationFn: (next: string) => updateFxRate(rate.currency, next),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: walletKeys.fxRates });
      onDone(true);
    },
  });
  const submit = () => {
    const next = normalizeAmountInput(value);
    const d = parseDecimal(next);
    const ok = d !== null && !next.startsWith("-") && !/^0*$/.test(d.integer + d.fraction);
    setInvalid(!ok);
    if (ok) save.mutate(next);
  };
  return (
    <tr data-currency={rate.currency} className="editing">
      <th scope="row">{rate.currency}</th>
      <td className="num" colSpan={2}>
        <div className="inline-edit">
          <label className="visually-hidden" htmlFor={`rate-${rate.currency}`}>
            {t("ledger.rates.newRate", { currency: rate.currency })}
          </label>
          <input
            id={`rate-${rate.currency}`}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") submit();
              if (event.key === "Escape") onDone(false);
            }}
            inputMode="decimal"
            aria-invalid={invalid || undefined}
            ref={input}
            data-testid={`rate-input-${rate.currency}`}
          />
          {invalid && <span className="field__error">{t("ledger.rates.invalid")}</span>}
          <FormError error={save.error} />
        </div>
      </td>
      <td className="actions">
        <div className="button-row">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={submit}
            disabled={save.isPending}
            data-testid={`save-rate-${rate.currency}`}
          >
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onDone(false)}
            disabled={save.isPending}
          >
            {t("common.cancel")}
          </button>
        </div>
      </td>
    </tr>
  );
}
