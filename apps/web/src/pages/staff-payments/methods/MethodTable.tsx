import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AdminMethod } from "../../../api/staffPayments";
import { Icon } from "../../../components/Icon";
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
            <th scope="col">{t("staffPayments.methods.cols.kind")}</th>
            <th scope="col">{t("staffPayments.methods.cols.direction")}</th>
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
                <span className="mono small muted">{m.id}</span>
              </th>
              <td>
                {t(`staffPayments.kinds.${m.kind}`)}
                <span className="mono small muted method-table__sub">{m.provider}</span>
              </td>
              <td>{t(`staffPayments.directions.${m.direction}`)}</td>
              <td className="method-table__where">
                <CodeChips codes={m.countries} type="country" />
                <CodeChips codes={m.currencies} type="currency" />
              </td>
              <td className="num">
                {t("staffPayments.methods.range", { min: usd(m.minAmount), max: usd(m.maxAmount) })}
              </td>
              <td className="num">
                {t("staffPayments.methods.feeText", { fixed: usd(m.feeFixed), percent: m.feePercent })}
              </td>
              <td>{processingLabel(m.processingTime, t)}</td>
              <td className="small">
                {t("staffPayments.methods.levelsText", {
                  deposit: m.depositLevel,
                  withdrawal: m.withdrawalLevel,
                })}
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
                  <Icon name="edit" size={14} />
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
