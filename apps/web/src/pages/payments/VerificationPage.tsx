import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { submitVerification, type Verification } from "../../api/verification";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDocumentTitle } from "../../lib/hooks";
import { LoadState } from "./shared/LoadState";
import { MoreLinks } from "./shared/MoreLinks";
import { paymentKeys, useVerification } from "./shared/queries";
import { Checklist } from "./verification/Checklist";
import { DocumentUploads } from "./verification/DocumentUploads";
import { LevelCard } from "./verification/LevelCard";
import { ProfileForm } from "./verification/ProfileForm";
import "../../styles/payments.css";

/**
 * Identity verification: the level and its limits, exactly what is missing, the details
 * (step 1, level 1), the documents (step 2) and the request for full verification (level 2),
 * then the review's outcome with the reviewer's reasons.
 */
export function VerificationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("payments.verification.title"));
  const verification = useVerification();

  return (
    <div className="container page" data-testid="verification-page">
      <PageHeader
        icon="shield"
        title={t("payments.verification.title")}
        description={t("payments.verification.lead")}
      />
      <LoadState
        pending={verification.isPending}
        error={verification.error}
        errorTitle={t("payments.verification.loadError")}
        notFound={{
          title: t("payments.verification.staffTitle"),
          body: t("payments.verification.staffBody"),
        }}
        notFoundStatus={403}
      />
      {verification.data && <Wizard verification={verification.data} />}
      <MoreLinks links={["deposit", "withdraw", "policies"]} />
    </div>
  );
}

function Wizard({ verification }: { verification: Verification }) {
  const locked = verification.status === "pending" || verification.level >= 2;
  return (
    <div className="stack stack--sections">
      <LevelCard verification={verification} />
      <Checklist verification={verification} />
      {verification.level < 2 && (
        <>
          <ProfileForm verification={verification} locked={locked} />
          <DocumentUploads verification={verification} locked={locked} />
          <SubmitForReview verification={verification} />
        </>
      )}
    </div>
  );
}

/** Step 3: ask for full verification once nothing is missing; it goes to a compliance officer. */
function SubmitForReview({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: () => submitVerification(2),
    onSuccess: (result) => queryClient.setQueryData(paymentKeys.verification, result),
  });
  const missingForFull = verification.levels.find((l) => l.level === 2)?.missing ?? verification.missing;
  const pending = verification.status === "pending";
  const ready = missingForFull.length === 0 && !pending;
  return (
    <section
      className="card section-card kyc-submit"
      aria-labelledby="kyc-submit-title"
      data-testid="kyc-submit"
    >
      <h2 id="kyc-submit-title" className="detail-heading">
        {t("payments.verification.submitTitle")}
      </h2>
      <ProblemAlert error={submit.error} testId="kyc-submit-problem" />
      {pending ? (
        <p className="muted">{t("payments.verification.pendingBody")}</p>
      ) : ready ? (
        <p>{t("payments.verification.submitReady")}</p>
      ) : (
        <p className="muted">{t("payments.verification.submitMissing", { n: missingForFull.length })}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={!ready || submit.isPending}
        onClick={() => submit.mutate()}
        data-testid="kyc-submit-button"
      >
        <Icon name="send" size={16} />
        {submit.isPending ? t("common.working") : t("payments.verification.submit")}
      </button>
    </section>
  );
}
