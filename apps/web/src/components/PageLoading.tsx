import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

/** "Loading…" in place of a page that is not ready yet. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <p className="muted loading-line" aria-live="polite">
        <Icon name="refresh" size={18} className="spin" /> {t("common.loading")}
      </p>
    </div>
  );
}
