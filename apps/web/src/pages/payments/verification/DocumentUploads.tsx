import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type FileProblem,
  fileProblem,
  type KycDocument,
  MAX_DOCUMENT_BYTES,
  uploadDocument,
  type Verification,
} from "../../../api/verification";
import { Icon } from "../../../components/Icon";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useShortTime } from "../shared/MethodFacts";
import { paymentKeys } from "../shared/queries";

const MB = Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024));

/** Step 2: the identity document, a selfie and a proof of address, each with its state and the reviewer's reason. */
export function DocumentUploads({ verification, locked }: { verification: Verification; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <section
      id="kyc-documents"
      className="card section-card"
      aria-labelledby="kyc-documents-title"
      data-testid="kyc-documents"
    >
      <h2 id="kyc-documents-title" className="detail-heading">
        {t("payments.verification.documents.title")}
      </h2>
      <p className="muted small">{t("payments.verification.documents.lead", { mb: MB })}</p>
      <ul className="kyc-documents">
        {DOCUMENT_KINDS.map((kind) => (
          <DocumentSlot
            key={kind}
            kind={kind}
            current={verification.documents.find((d) => d.kind === kind && d.status !== "replaced") ?? null}
            locked={locked}
          />
        ))}
      </ul>
    </section>
  );
}

function DocumentSlot({
  kind,
  current,
  locked,
}: {
  kind: DocumentKind;
  current: KycDocument | null;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const time = useShortTime();
  const inputId = useId();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadDocument(kind, file, setProgress),
    onSettled: () => {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: paymentKeys.verification });
    },
  });
  const messages: Record<FileProblem, string> = {
    type: t("payments.verification.documents.badType"),
    size: t("payments.verification.documents.tooLarge", { mb: MB }),
    empty: t("payments.verification.documents.empty"),
  };
  const status = current?.status ?? "missing";

  return (
    <li
      className={`kyc-document kyc-document--${status}`}
      data-testid={`kyc-doc-${kind}`}
      data-status={status}
    >
      <div className="kyc-document__head">
        <Icon name={kind === "selfie" ? "user" : "book"} size={20} />
        <div>
          <strong>{t(`payments.verification.documents.kinds.${kind}.title`)}</strong>
          <p className="muted small">{t(`payments.verification.documents.kinds.${kind}.hint`)}</p>
        </div>
        <span className={`badge ${BADGES[status] ?? "badge--neutral"}`}>
          {status === "missing"
            ? t("payments.verification.documents.status.missing")
            : status === "uploaded"
              ? t("payments.verification.documents.status.uploaded")
              : status === "accepted"
                ? t("payments.verification.documents.status.accepted")
                : status === "rejected"
                  ? t("payments.verification.documents.status.rejected")
                  : status}
        </span>
      </div>
      {current && (
        <p className="muted small">
          {t("payments.verification.documents.uploadedAt", { time: time(current.createdAt) })}
        </p>
      )}
      {current?.status === "rejected" && current.rejectionReason && (
        <p className="kyc-document__reason" data-testid={`kyc-doc-${kind}-reason`}>
          <strong>{t("payments.verification.reviewerSaid")}</strong> {current.rejectionReason}
        </p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {messages[problem]}
        </p>
      )}
      <ProblemAlert error={upload.error} testId={`kyc-doc-${kind}-problem`} />
      {progress !== null && (
        <progress
          className="kyc-document__progress"
          max={1}
          value={progress}
          aria-label={t("payments.verification.documents.uploading")}
        >
          {Math.round(progress * 100)}%
        </progress>
      )}
      {!locked && current?.status !== "accepted" && (
        <div className="kyc-document__actions">
          <label
            htmlFor={inputId}
            className={`button button--small${upload.isPending ? " is-disabled" : ""}`}
          >
            <Icon name="plus" size={16} />
            {current
              ? t("payments.verification.documents.replace")
              : t("payments.verification.documents.choose")}
          </label>
          <input
            id={inputId}
            type="file"
            className="visually-hidden-file"
            accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
            capture={kind === "selfie" ? "user" : undefined}
            disabled={upload.isPending}
            data-testid={`kyc-doc-${kind}-input`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = ""; // choosing the same file again still counts
              if (!file) return;
              upload.reset();
              const wrong = fileProblem(file);
              setProblem(wrong);
              if (!wrong) upload.mutate(file);
            }}
          />
          {upload.isPending && (
            <span className="muted small">{t("payments.verification.documents.uploading")}</span>
          )}
        </div>
      )}
    </li>
  );
}

const BADGES: Record<string, string> = {
  missing: "badge--neutral",
  uploaded: "badge--warning",
  accepted: "badge--ok",
  rejected: "badge--danger",
};
