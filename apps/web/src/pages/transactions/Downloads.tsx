import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Currency, statementUrl, type TransactionFilters, transactionsCsvUrl } from "../../api/wallets";
import { DownloadLink } from "../../components/DownloadLink";
import { SelectField, TextField } from "../../components/Form";
import { Icon } from "../../components/Icon";

/** Last month as YYYY-MM (statements are for whole months). */
export function previousMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "Download CSV" of the filtered list, and the monthly statement (PDF) for a chosen month. */
export function Downloads({ filters, currencies }: { filters: TransactionFilters; currencies: Currency[] }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(previousMonth);
  const [currency, setCurrency] = useState("");
  const valid = MONTH.test(month);
  return (
    <section className="card downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t("transactions.downloads.title")}</h2>
      <div className="downloads__row">
        <div className="downloads__text">
          <h3>{t("transactions.downloads.csv")}</h3>
          <p className="muted small">{t("transactions.downloads.csvHint")}</p>
        </div>
        <DownloadLink
          className="button"
          href={transactionsCsvUrl(filters)}
          filename="satchel-transactions.csv"
          testId="download-csv"
        >
          <Icon name="download" size={16} />
          {t("transactions.downloads.csvButton")}
        </DownloadLink>
      </div>
      <div className="downloads__row">
        <div className="downloads__text">
          <h3>{t("transactions.downloads.statement")}</h3>
          <p className="muted small">{t("transactions.downloads.statementHint")}</p>
          <div className="form form--row downloads__pickers">
            <TextField
              label={t("transactions.downloads.month")}
              type="month"
              value={month}
              max={currentMonth()}
              onChange={(event) => setMonth(event.target.value)}
              error={valid ? null : t("transactions.downloads.monthInvalid")}
              testId="statement-month"
            />
            <SelectField
              label={t("transactions.filters.currency")}
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
              testId="statement-currency"
            >
              <option value="">{t("transactions.downloads.allCurrencies")}</option>
              {currencies.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        {valid ? (
          <DownloadLink
            className="button"
            href={statementUrl(month, currency || undefined)}
            filename={`satchel-statement-${month}.pdf`}
            testId="download-statement"
          >
            <Icon name="download" size={16} />
            {t("transactions.downloads.statementButton")}
          </DownloadLink>
        ) : (
          <button type="button" className="button" disabled>
            <Icon name="download" size={16} />
            {t("transactions.downloads.statementButton")}
          </button>
        )}
      </div>
    </section>
  );
}
