import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";
import { useDocumentTitle } from "../lib/hooks";

export function HelpPage() {
  const { t } = useTranslation();
  const title = t("help.title");
  useDocumentTitle(title);
  return (
    <div className="container page">
      <PageHeader icon="book" title={title} description={t("help.description")} />
      <EmptyState icon="book" title={t("help.emptyTitle")}>
        <p>{t("help.emptyBody")}</p>
        <Link to="/status" className="button button--secondary">
          {t("status.title")}
        </Link>
      </EmptyState>
    </div>
  );
}
