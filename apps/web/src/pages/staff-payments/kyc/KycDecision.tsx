import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { approveKyc, type KycReview, rejectKyc } from "../../../api/staffReviews";
import { Dialog } from "../../../components/Dialog";
import { TextField } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { Section } from "../../../components/Section";
import { DecisionButtons } from "../DecisionButtons";
import { serverFieldError } from "../format";
import { levelLabel } from "../levels";
import { staffKeys } from "../queries";
import { TextAreaField } from "../TextAreaField";
import { documentKindLabel } from "./labels";

type Action = "approve" | "reject";

/** Approve (the customer gets the level they asked for) or reject with a reason, and a reason per document to upload again. */
export function KycDecision({ review, onDone }: { review: KycReview; onDone: (action: Action) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  return (
    <Section
      id="kyc-decision"
      icon="shield"
      title={t("staffPayments.kyc.decision")}
      description={t("staffPayments.kyc.decisionLead")}
    >
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setOpen("approve")}
          data-testid="kyc-approve"
        >
          <Icon name="check" size={16} />
          {t("staffPayments.kyc.approve")}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => setOpen("reject")}
          data-testid="kyc-reject"
        >
          <Icon name="close" size={16} />
          {t("staffPayments.kyc.reject")}
        </button>
      </div>
      <Dialog
        open={open !== null}
        title={open ? t(`staffPayments.kyc.confirm.${open}Title`) : ""}
        onClose={() => setOpen(null)}
        testId="kyc-dialog"
      >
        {open && (
          <DecisionForm
            key={open}
            action={open}
            review={review}
            onCancel={() => setOpen(null)}
            onDone={() => {
              setOpen(null);
              onDone(open);
            }}
          />
        )}
      </Dialog>
    </Section>
  );
}

function DecisionForm({
  action,
  review,
  onCancel,
  onDone,
}: {
  action: Action;
  review: KycReview;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [docReasons, setDocReasons] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const rejecting = action === "reject";
  const documents = review.documents.filter((d) => d.status === "uploaded" || d.status === "accepted");
  const problem =
    rejecting && reason.trim().length < 3 ? t("staffPayments.kyc.confirm.reasonRequired") : null;
  // A document's reason is optional, but one that is written must say something (3 characters or more).
  const docProblems: Record<string, string | null> = Object.fromEntries(
    Object.entries(docReasons).map(([id, r]) => [
      id,
      r.trim() !== "" && r.trim().length < 3 ? t("staffPayments.kyc.confirm.docTooShort") : null,
    ]),
  );
  const anyDocProblem = Object.values(docProblems).some(Boolean);
  const decide = useMutation({
    mutationFn: () =>
      rejecting
        ? rejectKyc(review.userId, {
            reason: reason.trim(),
            documents: Object.entries(docReasons)
              .map(([id, r]) => ({ id, reason: r.trim() }))
              .filter((d) => d.reason !== ""),
          })
        : approveKyc(review.userId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.kycQueue });
      void queryClient.invalidateQueries({ queryKey: staffKeys.kyc(review.userId) });
      onDone();
    },
  });
  const who = review.legalName ?? review.customer?.email ?? review.userId;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!problem && !anyDocProblem) decide.mutate();
      }}
      data-testid="kyc-decision-form"
    >
      <p>
        {rejecting
          ? t("staffPayments.kyc.confirm.rejectText", { name: who })
          : t("staffPayments.kyc.confirm.approveText", {
              name: who,
              level: levelLabel(review.requestedLevel, t),
            })}
      </p>
      {rejecting && (
        <>
          <TextAreaField
            label={t("staffPayments.kyc.confirm.reason")}
            hint={t("staffPayments.kyc.confirm.reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={(submitted && problem) || serverFieldError(decide.error, "reason")}
            rows={3}
            maxLength={1000}
            autoFocus
            testId="kyc-reason"
          />
          {documents.length > 0 && (
            <fieldset className="stack doc-reasons">
              <legend className="field__label">{t("staffPayments.kyc.confirm.perDocument")}</legend>
              {documents.map((doc) => (
                <TextField
                  key={doc.id}
                  label={documentKindLabel(doc.kind, t)}
                  optional
                  value={docReasons[doc.id] ?? ""}
                  onChange={(e) => setDocReasons((r) => ({ ...r, [doc.id]: e.target.value }))}
                  maxLength={500}
                  error={submitted ? docProblems[doc.id] : null}
                  placeholder={t("staffPayments.kyc.confirm.docPlaceholder")}
                  testId={`kyc-doc-reason-${doc.kind}`}
                />
              ))}
            </fieldset>
          )}
        </>
      )}
      <ProblemAlert error={decide.error} />
      <DecisionButtons
        tone={rejecting ? "danger" : "primary"}
        label={t(`staffPayments.kyc.confirm.${action}Button`)}
        pending={decide.isPending}
        onCancel={onCancel}
        testId="kyc-decision-submit"
      />
    </form>
  );
}
