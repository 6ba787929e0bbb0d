import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { approveWithdrawal, type ReviewWithdrawal, rejectWithdrawal } from "../../../api/staffReviews";
import { Dialog } from "../../../components/Dialog";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { currentLanguage } from "../../../i18n";
import { formatMoney } from "../../../lib/money";
import { DecisionButtons } from "../DecisionButtons";
import { serverFieldError } from "../format";
import { staffKeys } from "../queries";
import { TextAreaField } from "../TextAreaField";

export interface Decision {
  withdrawal: ReviewWithdrawal;
  action: "approve" | "reject";
}

/**
 * "Are you sure?" for a review decision. Approving sends the payout; rejecting releases the held
 * money and needs a reason, which the customer reads in their email and on the withdrawal's page.
 */
export function DecisionDialog({
  decision,
  onClose,
  onDone,
}: {
  decision: Decision | null;
  onClose: () => void;
  onDone: (decision: Decision) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={decision !== null}
      title={decision ? t(`staffPayments.withdrawals.confirm.${decision.action}Title`) : ""}
      onClose={onClose}
      testId="decision-dialog"
    >
      {decision && (
        <DecisionForm
          key={`${decision.withdrawal.id}-${decision.action}`}
          decision={decision}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}

function DecisionForm({
  decision,
  onClose,
  onDone,
}: {
  decision: Decision;
  onClose: () => void;
  onDone: (decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const w = decision.withdrawal;
  const rejecting = decision.action === "reject";
  const problem =
    rejecting && note.trim().length < 3 ? t("staffPayments.withdrawals.confirm.noteRequired") : null;
  const decide = useMutation({
    mutationFn: () => (rejecting ? rejectWithdrawal(w.id, note.trim()) : approveWithdrawal(w.id)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.withdrawals });
      onDone(decision);
    },
  });
  const facts = {
    amount: formatMoney(w.amount, w.currency, currentLanguage()),
    customer: w.customer?.name ?? w.customer?.walletNumber ?? w.customer?.email ?? "—",
    destination: [w.destination?.methodName, w.destination?.label].filter(Boolean).join(" · ") || "—",
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!problem) decide.mutate();
      }}
      data-testid="decision-form"
    >
      <p>{t(`staffPayments.withdrawals.confirm.${decision.action}Text`, facts)}</p>
      {rejecting && (
        <TextAreaField
          label={t("staffPayments.withdrawals.confirm.note")}
          hint={t("staffPayments.withdrawals.confirm.noteHint")}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={(submitted && problem) || serverFieldError(decide.error, "note")}
          rows={4}
          maxLength={1000}
          autoFocus
          testId="reject-note"
        />
      )}
      <ProblemAlert error={decide.error} />
      <DecisionButtons
        tone={rejecting ? "danger" : "primary"}
        label={t(`staffPayments.withdrawals.confirm.${decision.action}Button`)}
        pending={decide.isPending}
        onCancel={onClose}
        testId="decision-submit"
      />
    </form>
  );
}
