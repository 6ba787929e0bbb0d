import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AdminMethod } from "../../../api/staffPayments";
import { currentLanguage } from "../../../i18n";
import { formatMoney } from "../../../lib/money";
import { CodeChips } from "./CodeChips";
import { StateBadge } from "./StateBadge";

/** The method's name in the interface language. */
export function methodName(method: AdminMethod): string {
  return currentLanguage() === "zh-CN" ? method.name["zh-CN"] : method.name.en;
}

/** Every method with all its settings at a glance; each row opens its editor. */
export function MethodTable({ methods, onEdit }: { methods: AdminMethod[]; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const usd = (amount: string) => formatMoney(amount, "USD", lang);
  return (
    <div className="table-wrap">
      <table className="data-table method-table" data-testid="method-table">
        <thead>
          <tr>
            <th scope="col">{t("staffPayments.methods.cols.name")}</th>
            <th scope="col">{t("staffPayments.methods.cols.where")}</th>
            <th scope="col" className="num">
              {t("staffPayments.methods.cols.limits")}
            </th>
            <th scope="col" className="num">
              {t("staffPayments.methods.cols.fee")}
            </th>
            <th scope="col">{t("staffPayments.methods.cols.time")}</th>
            <th scope="col">{t("staffPayments.methods.cols.levels")}</th>
            <th scope="col">{t("staffPayments.methods.cols.state")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("staffPayments.methods.cols.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {methods.map((m) => (
            <tr key={m.id} data-method={m.id}>
              <th scope="row">
                <span className="method-table__name" lang="en">
                  {m.name.en}
                </span>
                <span className="method-table__name" lang="zh-CN">
                  {m.name["zh-CN"]}
                </span>
                <span className="small muted method-table__sub">
                  {t(`staffPayments.kinds.${m.kind}`)} · <span className="mono">{m.provider}</span>
                </span>
                <span className="mono small muted method-table__sub">{m.id}</span>
              </th>
              <td className="method-table__where">
                <CodeChips codes={m.countries} type="country" />
                <CodeChips codes={m.currencies} type="currency" />
              </td>
              <td className="num">
                <span className="method-table__sub">{usd(m.minAmount)} –</span>
                <span className="method-table__sub">{usd(m.maxAmount)}</span>
              </td>
              <td className="num">
                <span className="method-table__sub">{usd(m.feeFixed)} +</span>
                <span className="method-table__sub">{m.feePercent}%</span>
              </td>
              <td>{processingLabel(m.processingTime, t)}</td>
              <td className="small">
                <span className="method-table__sub">
                  {m.direction === "withdrawal"
                    ? t("staffPayments.methods.noIn")
                    : t("staffPayments.methods.levelIn", { level: m.depositLevel })}
                </span>
                <span className="method-table__sub">
                  {m.direction === "deposit"
                    ? t("staffPayments.methods.noOut")
                    : t("staffPayments.methods.levelOut", { level: m.withdrawalLevel })}
                </span>
              </td>
              <td>
                <StateBadge method={m} />
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onEdit(m.id)}
                  aria-label={t("staffPayments.methods.editNamed", { name: methodName(m) })}
                  data-testid={`edit-method-${m.id}`}
                >
                  {t("staffPayments.methods.edit")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const TIMES = ["instant", "minutes", "same_day", "1_3_days", "3_5_days"] as const;

export function processingLabel(key: string, t: TFunction): string {
  const known = TIMES.find((k) => k === key);
  return known ? t(`staffPayments.processingTimes.${known}`) : key;
}
