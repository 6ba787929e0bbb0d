import { useTranslation } from "react-i18next";
import type { LimitRow, Policies } from "../../../api/verification";
import { Money } from "../../../components/Money";
import { currentLanguage } from "../../../i18n";
import { countryName } from "../../../lib/countries";
import { compareDecimal } from "../../../lib/money";
import { useFeeText, useShortTime } from "../shared/MethodFacts";

const SHOWN_COUNTRIES = 4;

function useWhere() {
  const { t } = useTranslation();
  return (countries: string[]) => {
    if (countries.includes("*")) return t("payments.policies.everywhere");
    const lang = currentLanguage();
    const names = countries.map((c) => countryName(c, lang));
    const separator = lang === "zh-CN" ? "、" : ", ";
    if (names.length <= SHOWN_COUNTRIES) return names.join(separator);
    return t("payments.policies.andMore", {
      list: names.slice(0, SHOWN_COUNTRIES).join(separator),
      n: names.length - SHOWN_COUNTRIES,
    });
  };
}

function Level({ level }: { level: number | null }) {
  const { t } = useTranslation();
  if (level === null) return <span className="muted">—</span>;
  return <>{level === 0 ? t("payments.methods.levelNone") : t("payments.methods.levelNeeded", { level })}</>;
}

/** Every method: where, which currencies, fee, amounts, time, verification needed, and its state right now. */
export function MethodsTable({ policies }: { policies: Policies }) {
  const { t } = useTranslation();
  const where = useWhere();
  const time = useShortTime();
  const feeText = useFeeText();
  return (
    <div className="table-wrap">
      <table className="data-table policy-table" data-testid="policy-methods">
        <thead>
          <tr>
            <th scope="col">{t("payments.policies.method")}</th>
            <th scope="col">{t("payments.policies.where")}</th>
            <th scope="col">{t("payments.methods.fee")}</th>
            <th scope="col">{t("payments.methods.limits")}</th>
            <th scope="col">{t("payments.methods.time")}</th>
            <th scope="col">{t("payments.policies.levelDeposit")}</th>
            <th scope="col">{t("payments.policies.levelWithdrawal")}</th>
            <th scope="col">{t("payments.policies.now")}</th>
          </tr>
        </thead>
        <tbody>
          {policies.methods.map((m) => (
            <tr key={m.id} data-testid={`policy-method-${m.id}`}>
              <th scope="row">
                {m.name}
                <span className="muted small policy-table__sub">
                  {m.directions.map((d) => t(`payments.policies.directions.${d}`)).join(" · ")}
                </span>
              </th>
              <td>
                {where(m.countries)}
                <span className="muted small policy-table__sub">{m.currencies.join(", ")}</span>
              </td>
              <td className="policy-table__fee">{feeText({ fee: m.fee, currency: policies.currency })}</td>
              <td className="policy-table__nowrap">
                <Money amount={m.minAmount} currency={policies.currency} /> –{" "}
                <Money amount={m.maxAmount} currency={policies.currency} />
              </td>
              <td>{m.processingTime.text || m.processingTime.key}</td>
              <td>
                <Level level={m.verificationLevel.deposit} />
              </td>
              <td>
                <Level level={m.verificationLevel.withdrawal} />
              </td>
              <td>
                {m.state === "paused" ? (
                  <span className="badge badge--neutral">{t("payments.methods.paused")}</span>
                ) : m.state === "maintenance" ? (
                  <span className="badge badge--warning">
                    {m.maintenance
                      ? t("payments.methods.maintenanceUntil", { time: time(m.maintenance.endsAt) })
                      : t("payments.methods.maintenance")}
                  </span>
                ) : (
                  <span className="badge badge--ok">{t("payments.policies.available")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Limit({ value, currency }: { value: string; currency: string }) {
  const { t } = useTranslation();
  if (compareDecimal(value, "0") !== 1)
    return <span className="muted">{t("payments.verification.notAllowed")}</span>;
  return <Money amount={value} currency={currency} />;
}

/** Limits per verification level for deposits, withdrawals and transfers. */
export function LimitsTable({ policies }: { policies: Policies }) {
  const { t } = useTranslation();
  const kinds = ["deposit", "withdrawal", "transfer"] as const;
  const levels = [...new Set(kinds.flatMap((k) => policies.limits[k].map((r) => r.level)))].sort();
  const row = (rows: LimitRow[], level: number) => rows.find((r) => r.level === level);
  return (
    <div className="table-wrap">
      <table className="data-table policy-table" data-testid="policy-limits">
        <thead>
          <tr>
            <th scope="col">{t("payments.policies.level")}</th>
            {kinds.map((k) => (
              <th key={k} scope="col">
                {t(`payments.verification.limitKinds.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level}>
              <th scope="row">{t("payments.policies.levelN", { level })}</th>
              {kinds.map((k) => {
                const r = row(policies.limits[k], level);
                return (
                  <td key={k}>
                    {r ? (
                      <span className="kyc-limits__cell">
                        <span>
                          {t("payments.limits.perTransaction")}:{" "}
                          <Limit value={r.perTransaction} currency={policies.currency} />
                        </span>
                        <span>
                          {t("payments.limits.daily")}: <Limit value={r.daily} currency={policies.currency} />
                        </span>
                        <span>
                          {t("payments.limits.monthly")}:{" "}
                          <Limit value={r.monthly} currency={policies.currency} />
                        </span>
                      </span>
                    ) : (
                      "—"
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
