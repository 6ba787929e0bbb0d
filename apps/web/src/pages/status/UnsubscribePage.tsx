import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { getUnsubscribe, unsubscribe } from "../../api/status";
import { AuthCard } from "../../components/AuthCard";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDocumentTitle } from "../../lib/hooks";
import { componentNames } from "./parts";
import { BANNER_REFRESH_MS, statusKeys, useStatusSummary } from "./queries";

/**
 * The target of the emails' unsubscribe link (/status/unsubscribe?token=…): shows what would stop,
 * and stops it on a click (never on opening: mail scanners open links). No login.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("statusPage.unsubscribe.title"));
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const view = useQuery({
    queryKey: statusKeys.unsubscribe(token),
    queryFn: ({ signal }) => getUnsubscribe(token, signal),
    enabled: token !== "",
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const mutation = useMutation({ mutationFn: unsubscribe });
  const summary = useStatusSummary({ refetchMs: BANNER_REFRESH_MS, retry: false });
  const back = (
    <Link to="/status" className="button button--block">
      {t("statusPage.incidentPage.back")}
    </Link>
  );

  if (mutation.isSuccess) {
    return (
      <AuthCard icon="check" tone="ok" title={t("statusPage.unsubscribe.doneTitle")} testId="unsubscribed">
        <p>{t("statusPage.unsubscribe.doneBody")}</p>
        {back}
      </AuthCard>
    );
  }

  // An old link opened again: the subscription is gone already, which is what the person wants.
  if (view.data?.unsubscribed) {
    return (
      <AuthCard
        icon="check"
        tone="ok"
        title={t("statusPage.unsubscribe.alreadyTitle")}
        testId="already-unsubscribed"
      >
        <p>{t("statusPage.unsubscribe.alreadyBody")}</p>
        {back}
      </AuthCard>
    );
  }

  if (token && view.isPending) {
    return (
      <AuthCard icon="mail" title={t("statusPage.unsubscribe.title")}>
        <p className="muted loading-line" aria-live="polite">
          <Icon name="refresh" size={18} className="spin" /> {t("statusPage.unsubscribe.loading")}
        </p>
      </AuthCard>
    );
  }

  if (!view.data) {
    return (
      <AuthCard
        icon="alert"
        tone="danger"
        title={t("statusPage.unsubscribe.failedTitle")}
        testId="unsubscribe-failed"
      >
        {view.isError ? (
          <ProblemAlert error={view.error} />
        ) : (
          <Alert tone="danger">{t("statusPage.unsubscribe.missing")}</Alert>
        )}
        {back}
      </AuthCard>
    );
  }

  const { email, components } = view.data;
  return (
    <AuthCard icon="mail" title={t("statusPage.unsubscribe.title")} testId="unsubscribe-page">
      <p>{t("statusPage.unsubscribe.lead", { email })}</p>
      <p>
        <span className="muted">{t("statusPage.unsubscribe.following")}: </span>
        {componentNames(components, summary.data?.components, t("statusPage.subscription.allComponents"))}
      </p>
      <ProblemAlert error={mutation.error} />
      <button
        type="button"
        className="button button--primary button--block"
        onClick={() => mutation.mutate(token)}
        disabled={mutation.isPending}
        aria-busy={mutation.isPending || undefined}
        data-testid="unsubscribe-submit"
      >
        {mutation.isPending ? t("statusPage.unsubscribe.submitting") : t("statusPage.unsubscribe.submit")}
      </button>
      {back}
    </AuthCard>
  );
}
