import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type MessageTemplate, previewTemplate } from "../../../api/staff-status";
import { TextField } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { useDebouncedValue } from "../../../lib/hooks";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { localized } from "../badges";
import { staffStatusKeys } from "../queries";
import { LANGS } from "../text";

/**
 * A template rendered with sample data, as a recipient would get it: subject, plain-text part and
 * HTML part. The HTML goes into a frame with every sandbox restriction on (no scripts, no same
 * origin, no forms), so nothing in a template can act on this page.
 */
export function TemplatePreview({ template }: { template: MessageTemplate | null }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState(currentLanguage());
  const [code, setCode] = useState("");
  const sampleCode = useDebouncedValue(code.trim(), 400);
  const withCode = template?.channel === "email" && template.audience === "customer" ? sampleCode : "";
  const query = useQuery({
    queryKey: staffStatusKeys.preview(template?.key ?? "", language, withCode),
    queryFn: ({ signal }) =>
      previewTemplate(template?.key ?? "", { language, antiPhishingCode: withCode, signal }),
    enabled: template !== null,
  });
  const preview = query.data;

  return (
    <section
      className="card status-card template-preview"
      aria-labelledby="preview-title"
      data-testid="template-preview"
    >
      <h2 id="preview-title">
        {template ? t("staffStatus.preview.titleOf", { key: template.key }) : t("staffStatus.preview.title")}
      </h2>
      {!template ? (
        <p className="muted">{t("staffStatus.preview.pick")}</p>
      ) : (
        <>
          <p className="small muted">{localized(template.description)}</p>
          <div className="template-preview__controls">
            <fieldset className="segmented">
              <legend className="visually-hidden">{t("staffStatus.preview.language")}</legend>
              {LANGS.map((lang) => (
                <button
                  key={lang}
                  type="button"
                  className="segmented__option"
                  aria-pressed={language === lang}
                  lang={lang}
                  onClick={() => setLanguage(lang)}
                  data-testid={`preview-lang-${lang}`}
                >
                  {t(`staffStatus.languages.${lang}`)}
                </button>
              ))}
            </fieldset>
            {/* Only an account's own email carries its code (not a guest's or a subscriber's). */}
            {template.channel === "email" && template.audience === "customer" && (
              <TextField
                label={t("staffStatus.preview.code")}
                hint={t("staffStatus.preview.codeHint")}
                value={code}
                maxLength={40}
                optional
                onChange={(e) => setCode(e.target.value)}
                testId="preview-code"
              />
            )}
          </div>
          {query.isPending && <Loading />}
          {query.isError && (
            <LoadFailed
              title={t("staffStatus.preview.loadError")}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
          {preview && (
            <div className="stack" lang={preview.language}>
              {preview.subject !== null && (
                <dl className="staff-facts staff-facts--column">
                  <div>
                    <dt>{t("staffStatus.preview.subject")}</dt>
                    <dd data-testid="preview-subject">{preview.subject}</dd>
                  </div>
                </dl>
              )}
              <div>
                <h3 className="template-preview__part">{t("staffStatus.preview.text")}</h3>
                <pre className="template-preview__text" data-testid="preview-text">
                  {preview.text}
                </pre>
              </div>
              {preview.html !== null && (
                <div>
                  <h3 className="template-preview__part">{t("staffStatus.preview.html")}</h3>
                  <iframe
                    className="template-preview__html"
                    title={t("staffStatus.preview.htmlFrame", { key: preview.key })}
                    sandbox=""
                    referrerPolicy="no-referrer"
                    srcDoc={preview.html}
                    data-testid="preview-html"
                  />
                </div>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
