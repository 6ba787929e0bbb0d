import { useTranslation } from "react-i18next";
import type { TranslationStatus } from "../../api/staffHelp";

const TONES: Record<TranslationStatus, string> = {
  published: "badge--ok",
  changed: "badge--warning",
  draft: "badge--neutral",
  unpublished: "badge--neutral",
};

/**
 * Where one language of an article stands, in words: published, published with newer draft
 * changes, draft only, unpublished — or a missing translation, marked as such. "Awaiting review"
 * is added when an agent submitted it.
 */
export function TranslationStatusBadges({
  translation,
  testId,
}: {
  translation: { status: TranslationStatus; submittedAt: string | null } | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!translation) {
    return (
      <span className="status-badges" data-testid={testId} data-status="missing">
        <span className="badge badge--danger">{t("staffHelp.status.missing")}</span>
      </span>
    );
  }
  return (
    <span className="status-badges" data-testid={testId} data-status={translation.status}>
      <span className={`badge ${TONES[translation.status]}`}>
        {t(`staffHelp.status.${translation.status}`)}
      </span>
      {translation.submittedAt && (
        <span className="badge badge--email">{t("staffHelp.status.submitted")}</span>
      )}
    </span>
  );
}
