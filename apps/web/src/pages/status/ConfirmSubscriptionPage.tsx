import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { confirmSubscription } from "../../api/status";
import { AuthCard } from "../../components/AuthCard";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDocumentTitle, useRunOnce } from "../../lib/hooks";
import { componentNames } from "./parts";
import { BANNER_REFRESH_MS, useStatusSummary } from "./queries";

/** The target of the confirmation email (/status/subscriptions/confirm?token=…): confirms once, no login. */
export function ConfirmSubscriptionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("statusPage.confirm.title"));
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const mutation = useMutation({ mutationFn: confirmSubscription });
  useRunOnce(token, mutation.mutate);
  // For the components' names only; the confirmation does not wait for it.
  const summary = useStatusSummary({ refetchMs: BANNER_REFRESH_MS, retry: false });
  const back = (
    <Link to="/status" className="button button--primary button--block">
      {t("statusPage.incidentPage.back")}
    </Link>
  );

  if (token && (mutation.isIdle || mutation.isPending)) {
    return (
      <AuthCard icon="mail" title={t("statusPage.confirm.title")}>
        <p className="muted loading-line" aria-live="polite">
          <Icon name="refresh" size={18} className="spin" /> {t("statusPage.confirm.checking")}
        </p>
      </AuthCard>
    );
  }

  if (mutation.isSuccess) {
    const { email, components } = mutation.data;
    return (
      <AuthCard
        icon="check"
        tone="ok"
        title={t("statusPage.confirm.doneTitle")}
        testId="subscription-confirmed"
      >
        <p>{t("statusPage.confirm.doneBody", { email })}</p>
        <p>
          <span className="muted">{t("statusPage.unsubscribe.following")}: </span>
          {componentNames(components, summary.data?.components, t("statusPage.subscription.allComponents"))}
        </p>
        {back}
      </AuthCard>
    );
  }

  return (
    <AuthCard
      icon="alert"
      tone="danger"
      title={t("statusPage.confirm.failedTitle")}
      testId="subscription-confirm-failed"
    >
      {mutation.isError ? (
        <ProblemAlert error={mutation.error} />
      ) : (
        <Alert tone="danger">{t("statusPage.confirm.missing")}</Alert>
      )}
      {back}
    </AuthCard>
  );
}
