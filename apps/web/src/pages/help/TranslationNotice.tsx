import { useTranslation } from "react-i18next";
import type { Article } from "../../api/help";
import { Alert } from "../../components/Form";
import { setLanguage } from "../../i18n";

/**
 * Linked translations: says when the article is shown in the other language because it is not
 * translated yet (with a switch to that language), and offers the other language when it exists.
 */
export function TranslationNotice({ article }: { article: Article }) {
  const { t } = useTranslation();
  if (article.translationMissing) {
    return (
      <Alert
        tone="info"
        title={t("helpCenter.article.missingTitle", {
          language: t(`helpCenter.languageNames.${article.requestedLang}`),
        })}
        testId="article-translation-missing"
        actions={
          <button
            type="button"
            className="button button--small"
            onClick={() => void setLanguage(article.lang)}
            data-testid="article-switch-language"
          >
            {t("helpCenter.article.switchTo", { language: t(`helpCenter.languageNames.${article.lang}`) })}
          </button>
        }
      >
        <p>
          {t("helpCenter.article.missingBody", { language: t(`helpCenter.languageNames.${article.lang}`) })}
        </p>
      </Alert>
    );
  }
  const other = article.translations.find((translation) => translation.lang !== article.lang);
  if (!other) return null;
  return (
    <p className="help-other-language">
      <button
        type="button"
        className="link-button"
        lang={other.lang}
        onClick={() => void setLanguage(other.lang)}
        data-testid="article-other-language"
      >
        {/* Offered in the other language's own words, for the reader who prefers it. */}
        {t(`helpCenter.article.readIn.${other.lang}`)}
      </button>
      {other.title && (
        <span className="muted small" lang={other.lang}>
          {" "}
          — {other.title}
        </span>
      )}
    </p>
  );
}
