import { useTranslation } from "react-i18next";
import type { Direction, PaymentMethod } from "../../../api/payments";
import { Money } from "../../../components/Money";
import { previewFee } from "./fees";
import { useFeeText } from "./MethodFacts";

/**
 * What the amount costs before the customer commits: the fee, and for a deposit what will
 * reach the wallet, for a withdrawal what leaves it; with the method's processing time.
 * Worked out in the browser with the method's published fee; the server's figure is final.
 */
export function FeeSummary({
  direction,
  method,
  amount,
  currency,
  exponent,
}: {
  direction: Direction;
  method: PaymentMethod;
  /** A valid amount, or "" when there is none yet. */
  amount: string;
  currency: string;
  exponent: number | undefined;
}) {
  const { t } = useTranslation();
  const feeText = useFeeText();
  const preview = amount && exponent !== undefined ? previewFee(amount, method, exponent) : null;
  return (
    <dl className="facts fee-summary" data-testid="fee-summary" aria-live="polite">
      <div className="facts__row">
        <dt>{t("payments.fees.fee")}</dt>
        <dd>
          {preview ? (
            <Money amount={preview.fee} currency={currency} testId="fee-amount" />
          ) : (
            <span className="muted">{feeText(method)}</span>
          )}
        </dd>
      </div>
      {direction === "deposit" ? (
        <div className="facts__row facts__row--total">
          <dt>{t("payments.fees.youReceive")}</dt>
          <dd>
            <strong>
              {preview ? <Money amount={preview.net} currency={currency} testId="fee-net" /> : "—"}
            </strong>
          </dd>
        </div>
      ) : (
        <>
          <div className="facts__row">
            <dt>{t("payments.fees.destinationReceives")}</dt>
            <dd>{preview ? <Money amount={amount} currency={currency} /> : "—"}</dd>
          </div>
          <div className="facts__row facts__row--total">
            <dt>{t("payments.fees.total")}</dt>
            <dd>
              <strong>
                {preview ? <Money amount={preview.total} currency={currency} testId="fee-total" /> : "—"}
              </strong>
            </dd>
          </div>
        </>
      )}
      <div className="facts__row">
        <dt>{t("payments.fees.time")}</dt>
        <dd>{method.processingTime.text || method.processingTime.key}</dd>
      </div>
    </dl>
  );
}
