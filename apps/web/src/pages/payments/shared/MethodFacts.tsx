import { useTranslation } from "react-i18next";
import type { PaymentMethod } from "../../../api/payments";
import { Icon } from "../../../components/Icon";
import { currentLanguage } from "../../../i18n";
import { compareDecimal, formatMoney } from "../../../lib/money";
import { formatDateTime, parseDate } from "../../../lib/time";

/** "2.9% + $0.30", "1%", "$15.00" or "No fee". */
export function useFeeText() {
  const { t } = useTranslation();
  return (method: Pick<PaymentMethod, "fee" | "currency">): string => {
    const lang = currentLanguage();
    const hasPercent = compareDecimal(method.fee.percent, "0") === 1;
    const hasFixed = compareDecimal(method.fee.fixed, "0") === 1;
    const fixed = formatMoney(method.fee.fixed, method.currency, lang);
    if (hasPercent && hasFixed) return t("payments.methods.feeBoth", { percent: method.fee.percent, fixed });
    if (hasPercent) return t("payments.methods.feePercent", { percent: method.fee.percent });
    if (hasFixed) return fixed;
    return t("payments.methods.noFee");
  };
}

/** A moment in the reader's language, short ("26 Nov 2026, 14:00"). */
export function useShortTime() {
  return (iso: string | null | undefined): string => {
    const date = iso ? parseDate(iso) : null;
    return date ? formatDateTime(date, currentLanguage(), { dateStyle: "medium", timeStyle: "short" }) : "";
  };
}

/** The method's state in a sentence: under maintenance until…, paused, or a window planned ahead. */
export function MethodStateNote({ method }: { method: PaymentMethod }) {
  const { t } = useTranslation();
  const time = useShortTime();
  if (method.state === "paused") {
    return (
      <span className="method-state method-state--paused" data-testid="method-paused">
        <Icon name="clock" size={14} />
        {t("payments.methods.paused")}
      </span>
    );
  }
  if (method.state === "maintenance") {
    return (
      <span className="method-state method-state--maintenance" data-testid="method-maintenance">
        <Icon name="alert" size={14} />
        {method.maintenance
          ? t("payments.methods.maintenanceUntil", { time: time(method.maintenance.endsAt) })
          : t("payments.methods.maintenance")}
      </span>
    );
  }
  if (method.maintenance) {
    return (
      <span className="method-state method-state--planned">
        <Icon name="info" size={14} />
        {t("payments.methods.maintenancePlanned", {
          from: time(method.maintenance.startsAt),
          to: time(method.maintenance.endsAt),
        })}
      </span>
    );
  }
  return null;
}

/** Fee, limits, time and verification level of a method, as a small definition list. */
export function MethodFacts({
  method,
  currentLevel,
}: {
  method: PaymentMethod;
  currentLevel?: number | null;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const fee = useFeeText();
  const short =
    currentLevel !== undefined && currentLevel !== null && currentLevel < method.verificationLevel;
  return (
    <dl className="method-facts">
      <div>
        <dt>{t("payments.methods.fee")}</dt>
        <dd data-testid="method-fee">{fee(method)}</dd>
      </div>
      <div>
        <dt>{t("payments.methods.limits")}</dt>
        <dd>
          {t("payments.methods.range", {
            min: formatMoney(method.minAmount, method.currency, lang),
            max: formatMoney(method.maxAmount, method.currency, lang),
          })}
        </dd>
      </div>
      <div>
        <dt>{t("payments.methods.time")}</dt>
        <dd>{method.processingTime.text || method.processingTime.key}</dd>
      </div>
      <div>
        <dt>{t("payments.methods.level")}</dt>
        <dd className={short ? "method-facts__short" : undefined}>
          {method.verificationLevel === 0
            ? t("payments.methods.levelNone")
            : t("payments.methods.levelNeeded", { level: method.verificationLevel })}
        </dd>
      </div>
    </dl>
  );
}
