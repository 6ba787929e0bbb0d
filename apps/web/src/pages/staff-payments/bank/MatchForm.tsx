import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type MatchCandidate, matchStatementLine, type StatementLine } from "../../../api/staffPayments";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { currentLanguage } from "../../../i18n";
import { formatMoney } from "../../../lib/money";
import { serverFieldError } from "../format";
import { staffKeys } from "../queries";

/**
 * Credits a suspense line to the customer it belongs to (their wallet number or email), and to
 * one of their deposits when the id is known. The server audits who matched it.
 */
export function MatchForm({
  line,
  candidates,
  onDone,
  onCancel,
}: {
  line: StatementLine;
  candidates: MatchCandidate[];
  onDone: (line: StatementLine) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [customer, setCustomer] = useState("");
  const [depositId, setDepositId] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const problem = customer.trim() === "" ? t("staffPayments.bank.match.customerRequired") : null;
  const match = useMutation({
    mutationFn: () =>
      matchStatementLine(line.id, {
        customer: customer.trim(),
        ...(depositId.trim() ? { depositId: depositId.trim() } : {}),
      }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
      onDone(result);
    },
    onError: () => setConfirming(false),
  });

  const usable = candidates.filter((c) => c.customer?.walletNumber || c.customer?.email);
  return (
    <div className="match-form">
      {usable.length > 0 && !confirming && (
        <div className="candidates">
          <p className="field__label">{t("staffPayments.bank.match.candidates")}</p>
          <ul className="candidates__list">
            {usable.map((c) => {
              const who = c.customer?.walletNumber ?? c.customer?.email ?? "";
              return (
                <li key={c.depositId} className="candidates__item">
                  <span>
                    <strong>{who}</strong>
                    {c.customer?.email && c.customer.walletNumber && (
                      <span className="muted"> · {c.customer.email}</span>
                    )}
                    <span className="small muted">
                      {" · "}
                      {formatMoney(c.amount, c.currency, currentLanguage())}
                      {c.bankReference && (
                        <>
                          {" "}
                          · <span className="mono">{c.bankReference}</span>
                        </>
                      )}
                      {" · "}
                      {c.why === "reference" || c.why === "amount"
                        ? t(`staffPayments.cases.why.${c.why}`)
                        : c.why}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setCustomer(who);
                      setDepositId(c.depositId);
                      match.reset();
                    }}
                    aria-label={t("staffPayments.bank.match.useCandidateNamed", {
                      customer: who,
                      deposit: c.depositId,
                    })}
                    data-testid={`candidate-${c.depositId}`}
                  >
                    {t("staffPayments.bank.match.useCandidate")}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <form
        className="form form--row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          match.reset();
          if (!problem) setConfirming(true);
        }}
        data-testid="match-form"
      >
        <TextField
          label={t("staffPayments.bank.match.customer")}
          hint={t("staffPayments.bank.match.customerHint")}
          value={customer}
          onChange={(e) => setCustomer(e.target.value)}
          error={(submitted && problem) || serverFieldError(match.error, "customer")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          disabled={confirming}
          testId="match-customer"
        />
        <TextField
          label={t("staffPayments.bank.match.depositId")}
          hint={t("staffPayments.bank.match.depositIdHint")}
          optional
          value={depositId}
          onChange={(e) => setDepositId(e.target.value)}
          error={serverFieldError(match.error, "depositId")}
          autoComplete="off"
          spellCheck={false}
          disabled={confirming}
          testId="match-deposit"
        />
        {!confirming && (
          <div className="button-row match-form__actions">
            <SubmitButton pending={false} testId="match-review">
              {t("staffPayments.bank.match.review")}
            </SubmitButton>
            <button type="button" className="button" onClick={onCancel}>
              {t("common.cancel")}
            </button>
          </div>
        )}
      </form>
      {confirming && (
        <ConfirmBox
          tone="warning"
          text={t("staffPayments.bank.match.confirm", {
            amount: formatMoney(line.amount, line.currency, currentLanguage()),
            customer: customer.trim(),
          })}
          confirmLabel={t("staffPayments.bank.match.submit")}
          pending={match.isPending}
          error={null}
          onConfirm={() => match.mutate()}
          onCancel={() => setConfirming(false)}
          testId="match-confirm"
        />
      )}
      <ProblemAlert error={match.error} />
    </div>
  );
}
