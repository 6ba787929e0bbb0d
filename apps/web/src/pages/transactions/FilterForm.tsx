import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Currency,
  cleanFilters,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
  type TransactionFilters,
} from "../../api/wallets";
import { SelectField, TextField } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { compareDecimal, normalizeAmountInput, parseDecimal } from "../../lib/money";

type Problems = Partial<Record<"minAmount" | "maxAmount" | "to", string>>;

/** The filters as a form; "Apply" puts them in the address (so they can be bookmarked and shared). */
export function FilterForm({
  filters,
  currencies,
  onApply,
}: {
  filters: TransactionFilters;
  currencies: Currency[];
  onApply: (filters: TransactionFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TransactionFilters>(filters);
  const [problems, setProblems] = useState<Problems>({});
  const active = Object.keys(filters).length;
  // Open on wide screens and whenever filters are set; folded on phones, where it would fill the screen.
  const [open, setOpen] = useState(
    () => active > 0 || typeof window === "undefined" || window.matchMedia("(min-width: 761px)").matches,
  );
  const set = (key: keyof TransactionFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  const validate = (f: TransactionFilters): Problems => {
    const out: Problems = {};
    for (const key of ["minAmount", "maxAmount"] as const) {
      const value = f[key];
      if (value && (!parseDecimal(value) || value.startsWith("-")))
        out[key] = t("transactions.filters.badAmount");
    }
    if (
      f.minAmount &&
      f.maxAmount &&
      !out.minAmount &&
      !out.maxAmount &&
      compareDecimal(f.minAmount, f.maxAmount) === 1
    ) {
      out.maxAmount = t("transactions.filters.maxBelowMin");
    }
    if (f.from && f.to && f.from > f.to) out.to = t("transactions.filters.toBeforeFrom");
    return out;
  };

  return (
    <details
      className="card filters"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="txn-filters"
    >
      <summary>
        {active > 0
          ? t("transactions.filters.summaryActive", { n: active })
          : t("transactions.filters.summary")}
        <Icon name="chevronDown" size={16} />
      </summary>
      <form
        aria-label={t("transactions.filters.label")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const cleaned = cleanFilters({
            ...draft,
            minAmount: draft.minAmount ? normalizeAmountInput(draft.minAmount) : undefined,
            maxAmount: draft.maxAmount ? normalizeAmountInput(draft.maxAmount) : undefined,
          });
          const found = validate(cleaned);
          setProblems(found);
          if (Object.keys(found).length === 0) onApply(cleaned);
        }}
      >
        <div className="filters__grid">
          <SelectField
            label={t("transactions.filters.type")}
            value={draft.type ?? ""}
            onChange={set("type")}
            testId="filter-type"
          >
            <option value="">{t("transactions.filters.any")}</option>
            {TRANSACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`txn.types.${type}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("transactions.filters.status")}
            value={draft.status ?? ""}
            onChange={set("status")}
            testId="filter-status"
          >
            <option value="">{t("transactions.filters.any")}</option>
            {TRANSACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`txn.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("transactions.filters.currency")}
            value={draft.currency ?? ""}
            onChange={set("currency")}
            testId="filter-currency"
          >
            <option value="">{t("transactions.filters.any")}</option>
            {currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("transactions.filters.from")}
            type="date"
            value={draft.from ?? ""}
            onChange={set("from")}
            testId="filter-from"
          />
          <TextField
            label={t("transactions.filters.to")}
            type="date"
            value={draft.to ?? ""}
            onChange={set("to")}
            error={problems.to}
            testId="filter-to"
          />
          <TextField
            label={t("transactions.filters.minAmount")}
            inputMode="decimal"
            value={draft.minAmount ?? ""}
            onChange={set("minAmount")}
            error={problems.minAmount}
            testId="filter-min"
          />
          <TextField
            label={t("transactions.filters.maxAmount")}
            inputMode="decimal"
            value={draft.maxAmount ?? ""}
            onChange={set("maxAmount")}
            error={problems.maxAmount}
            testId="filter-max"
          />
          <TextField
            label={t("transactions.filters.counterparty")}
            title={t("transactions.filters.counterpartyHint")}
            value={draft.counterparty ?? ""}
            onChange={set("counterparty")}
            testId="filter-counterparty"
          />
          <TextField
            label={t("transactions.filters.reference")}
            value={draft.reference ?? ""}
            onChange={set("reference")}
            spellCheck={false}
            autoCapitalize="characters"
            testId="filter-reference"
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" data-testid="filter-apply">
            <Icon name="check" size={16} />
            {t("transactions.filters.apply")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft({});
              setProblems({});
              onApply({});
            }}
            data-testid="filter-clear"
          >
            {t("transactions.filters.clear")}
          </button>
        </div>
      </form>
    </details>
  );
}
