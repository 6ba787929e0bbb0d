import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { useDocumentTitle } from "../lib/hooks";

/** Shown by the router when a page throws while rendering. */
export function CrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const title = t("crash.title");
  useDocumentTitle(title);
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="container page page--narrow">
      <EmptyState icon="alert" title={title} tone="danger">
        <p>{t("crash.body")}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t("crash.reload")}
        </button>
      </EmptyState>
    </div>
  );
}
