import { useTranslation } from "react-i18next";
import type { StatementLine } from "../../../api/staffPayments";
import { Alert } from "../../../components/Form";
import { Money } from "../../../components/Money";

/** What became of a statement line: credited to whom, or left in suspense for matching. */
export function LineOutcome({ line }: { line: StatementLine }) {
  const { t } = useTranslation();
  const who = line.customer?.walletNumber ?? line.customer?.email ?? line.customer?.name ?? "—";
  const credited = line.status === "matched" || line.status === "manually_matched";
  return (
    <Alert
      tone={credited ? "ok" : "warning"}
      title={t(`staffPayments.bank.lineStatus.${line.status}`)}
      testId="line-outcome"
    >
      <p>
        <Money amount={line.amount} currency={line.currency} />
        {" · "}
        {line.reference ? (
          <span className="mono">{line.reference}</span>
        ) : (
          t("staffPayments.bank.noReference")
        )}
      </p>
      <p>
        {credited
          ? t("staffPayments.bank.creditedTo", { customer: who })
          : line.status === "returned"
            ? t("staffPayments.bank.returnedNote")
            : t("staffPayments.bank.suspenseNote")}
      </p>
      {line.unmatchedReason && <p>{line.unmatchedReason.text}</p>}
      {line.depositId && (
        <p className="small">
          {t("staffPayments.bank.deposit")} <span className="mono">{line.depositId}</span>
        </p>
      )}
      {line.caseId && (
        <p className="small">
          {t("staffPayments.bank.case")} <span className="mono">{line.caseId}</span>
        </p>
      )}
    </Alert>
  );
}
