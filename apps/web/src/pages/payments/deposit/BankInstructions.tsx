import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BankInstructions as Instructions } from "../../../api/payments";
import { CopyButton } from "../../../components/CopyButton";
import { Icon } from "../../../components/Icon";
import { Money } from "../../../components/Money";
import { useShortTime } from "../shared/MethodFacts";

/**
 * Where to send a bank transfer, every line with a copy button, and the reference big: a
 * transfer without it cannot be matched to the customer and waits for staff to match it.
 */
export function BankInstructions({ instructions }: { instructions: Instructions }) {
  const { t } = useTranslation();
  const time = useShortTime();
  return (
    <section
      className="card section-card bank-instructions"
      aria-labelledby="bank-title"
      data-testid="bank-instructions"
    >
      <h2 id="bank-title" className="detail-heading">
        {t("payments.bank.title")}
      </h2>
      <div className="bank-instructions__reference">
        <span className="bank-instructions__label">{t("payments.bank.reference")}</span>
        <strong className="mono" data-testid="bank-reference">
          {instructions.reference}
        </strong>
        <CopyButton text={instructions.reference} testId="copy-reference" />
        <p className="bank-instructions__warn">
          <Icon name="alert" size={16} />
          {t("payments.bank.referenceWarning")}
        </p>
      </div>
      <dl className="facts">
        <Line label={t("payments.bank.amount")} copy={instructions.amount}>
          <strong>
            <Money amount={instructions.amount} currency={instructions.currency} testId="bank-amount" />
          </strong>
        </Line>
        <Line label={t("payments.bank.bankName")} copy={instructions.bankName}>
          {instructions.bankName}
        </Line>
        <Line label={t("payments.bank.accountName")} copy={instructions.accountName}>
          {instructions.accountName}
        </Line>
        {instructions.accountNumber && (
          <Line label={t("payments.bank.accountNumber")} copy={instructions.accountNumber}>
            <span className="mono" data-testid="bank-account-number">
              {instructions.accountNumber}
            </span>
          </Line>
        )}
        {instructions.iban && (
          <Line label={t("payments.bank.iban")} copy={instructions.iban}>
            <span className="mono">{instructions.iban}</span>
          </Line>
        )}
        {instructions.routingNumber && (
          <Line label={t("payments.bank.routingNumber")} copy={instructions.routingNumber}>
            <span className="mono">{instructions.routingNumber}</span>
          </Line>
        )}
        {instructions.swift && (
          <Line label={t("payments.bank.swift")} copy={instructions.swift}>
            <span className="mono">{instructions.swift}</span>
          </Line>
        )}
      </dl>
      {instructions.expiresAt && (
        <p className="muted small">{t("payments.bank.expires", { time: time(instructions.expiresAt) })}</p>
      )}
    </section>
  );
}

function Line({ label, copy, children }: { label: string; copy: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd className="bank-instructions__value">
        {children}
        {copy && <CopyButton text={copy} label={t("payments.bank.copy")} />}
      </dd>
    </div>
  );
}
