import { useTranslation } from "react-i18next";
import type { PersonRef, TranslationDetail } from "../../../api/staffHelp";
import { dateTime } from "../../staff-payments/format";

/** Who did what to one translation and when: the draft, the published version, the review request. */
export function TranslationFacts({ translation }: { translation: TranslationDetail | undefined }) {
  const { t } = useTranslation();
  if (!translation) return <p className="small muted">{t("staffHelp.editor.missingHint")}</p>;
  const who = (person: PersonRef | null) => person?.name ?? t("staffHelp.editor.satchel");
  return (
    <dl className="staff-facts translation-facts">
      <div>
        <dt>{t("staffHelp.editor.record.draft")}</dt>
        <dd>
          {t("staffHelp.editor.record.version", { version: translation.draftVersion })}
          {translation.draftUpdatedAt && (
            <span className="small muted translation-facts__sub">
              {t("staffHelp.editor.record.by", {
                who: who(translation.draftUpdatedBy),
                when: dateTime(translation.draftUpdatedAt),
              })}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("staffHelp.editor.record.published")}</dt>
        <dd>
          {translation.publishedVersion === null ? (
            t("staffHelp.editor.record.notPublished")
          ) : (
            <>
              {t("staffHelp.editor.record.version", { version: translation.publishedVersion })}
              {translation.publishedAt && (
                <span className="small muted translation-facts__sub">
                  {t("staffHelp.editor.record.by", {
                    who: who(translation.publishedBy),
                    when: dateTime(translation.publishedAt),
                  })}
                </span>
              )}
            </>
          )}
        </dd>
      </div>
      {translation.submittedAt && (
        <div>
          <dt>{t("staffHelp.editor.record.submitted")}</dt>
          <dd>
            {t("staffHelp.editor.record.by", {
              who: translation.submittedBy?.name ?? "—",
              when: dateTime(translation.submittedAt),
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}
