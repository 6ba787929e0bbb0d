import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AdminCustomer } from "../../api/adminLedger";
import type { Wallet } from "../../api/wallets";
import { Money } from "../../components/Money";
import { currentLanguage } from "../../i18n";
import { currencyName } from "../../lib/money";

const LEVELS = [
  "ledger.adjust.levels.basic",
  "ledger.adjust.levels.verified",
  "ledger.adjust.levels.enhanced",
] as const;

function levelLabel(level: number | null, t: TFunction): string {
  if (level === null) return "—";
  const key = LEVELS[level];
  return key ? t("ledger.adjust.levelNamed", { level, name: t(key) }) : t("ledger.adjust.level", { level });
}

/** Who the admin found: enough to be sure it is the right person before touching their money. */
export function CustomerFacts({ customer }: { customer: AdminCustomer }) {
  const { t } = useTranslation();
  return (
    <dl className="facts adjust-customer" data-testid="adjust-customer-card">
      <div className="facts__row">
        <dt>{t("ledger.adjust.name")}</dt>
        <dd>
          <span className="facts__value" data-testid="adjust-customer-name">
            {customer.name ?? "—"}
          </span>
          {customer.frozen && (
            <span
              className="badge badge--danger"
              title={t("ledger.adjust.frozenHint")}
              data-testid="adjust-customer-frozen"
            >
              {t("ledger.adjust.frozen")}
            </span>
          )}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t("ledger.adjust.email")}</dt>
        <dd data-testid="adjust-customer-email">{customer.email || "—"}</dd>
      </div>
      <div className="facts__row">
        <dt>{t("ledger.adjust.walletNumber")}</dt>
        <dd className="mono" data-testid="adjust-customer-number">
          {customer.walletNumber || "—"}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t("ledger.adjust.verification")}</dt>
        <dd data-testid="adjust-customer-level">{levelLabel(customer.verificationLevel, t)}</dd>
      </div>
    </dl>
  );
}

/** The customer's wallets with their balances; one is picked with a radio button. */
export function WalletPicker({
  wallets,
  chosen,
  onChoose,
  error,
  disabled,
}: {
  wallets: Wallet[];
  chosen: string | null;
  onChoose: (walletId: string) => void;
  error: string | null;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <fieldset className="wallet-picker" aria-describedby={error ? "adjust-wallet-error" : undefined}>
      <legend className="field__label">{t("ledger.adjust.wallet")}</legend>
      <div className="table-wrap">
        <table className="data-table" data-testid="adjust-wallets">
          <thead>
            <tr>
              <th scope="col">{t("ledger.currency")}</th>
              <th scope="col" className="num">
                {t("wallet.available")}
              </th>
              <th scope="col" className="num">
                {t("wallet.held")}
              </th>
              <th scope="col" className="num">
                {t("wallet.posted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {wallets.map((w) => (
              <tr
                key={w.id}
                className={w.id === chosen ? "chosen" : undefined}
                data-testid="adjust-wallet"
                data-currency={w.currency}
              >
                <th scope="row">
                  <label className="wallet-picker__option">
                    <input
                      type="radio"
                      name="adjust-wallet"
                      value={w.id}
                      checked={w.id === chosen}
                      onChange={() => onChoose(w.id)}
                      disabled={disabled}
                      data-testid={`adjust-wallet-${w.currency}`}
                    />
                    <span>
                      <span className="wallet-picker__code">{w.currency}</span>{" "}
                      <span className="small muted">{currencyName(w.currency, lang)}</span>
                    </span>
                  </label>
                </th>
                <td className="num">
                  <Money amount={w.available} currency={w.currency} testId="adjust-wallet-available" />
                </td>
                <td className="num">
                  <Money amount={w.held} currency={w.currency} />
                </td>
                <td className="num">
                  <Money amount={w.posted} currency={w.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <span className="field__error" id="adjust-wallet-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
