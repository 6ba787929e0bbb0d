import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { useDocumentTitle } from "../lib/hooks";

export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t("notFound.title");
  useDocumentTitle(title);
  return (
    <div className="container page page--narrow">
      <p className="error-code" aria-hidden="true">
        404
      </p>
      <EmptyState icon="compass" title={title}>
        <p>{t("notFound.body")}</p>
        <Link to="/" className="button button--primary">
          {t("notFound.home")}
        </Link>
      </EmptyState>
    </div>
  );
}
