import { useTranslation } from "react-i18next";
import { currentLanguage, type Language, setLanguage } from "../i18n";

const OPTIONS: { lng: Language; testId: string; labelKey: "language.zh" | "language.en" }[] = [
  { lng: "zh-CN", testId: "lang-zh", labelKey: "language.zh" },
  { lng: "en", testId: "lang-en", labelKey: "language.en" },
];

export function LanguageSwitch() {
  const { t } = useTranslation(); // re-renders on language change
  const active = currentLanguage();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {OPTIONS.map(({ lng, testId, labelKey }) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          data-testid={testId}
          aria-pressed={active === lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(labelKey)}
        </button>
      ))}
    </fieldset>
  );
}
