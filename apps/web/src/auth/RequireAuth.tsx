import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { PageLoading } from "../components/PageLoading";
import { loginPath } from "../lib/next";
import { useMe } from "./hooks";
import { StepUpProvider } from "./StepUp";

/** The signed-in part of the app: sends everyone else to /login?next=<where they were going>. */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.status === "loading") return <PageLoading />;
  if (me.status === "error") {
    return (
      <div className="container page page--narrow">
        <EmptyState icon="alert" title={t("auth.meErrorTitle")} tone="danger">
          <p>{t("auth.meErrorBody")}</p>
          <button type="button" className="button button--primary" onClick={() => void me.refetch()}>
            {t("common.tryAgain")}
          </button>
        </EmptyState>
      </div>
    );
  }
  if (!me.user) {
    return <Navigate to={loginPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return (
    <StepUpProvider user={me.user}>
      <Outlet />
    </StepUpProvider>
  );
}
