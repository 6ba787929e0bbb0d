import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type HelpLang, previewMarkdown } from "../../../api/staffHelp";
import { Alert, FormError } from "../../../components/Form";
import { useDebouncedValue } from "../../../lib/hooks";
import { helpKeys } from "../queries";

/** How long typing must pause before the preview is asked for again. */
const PREVIEW_DELAY_MS = 300;

/**
 * The article as customers will see it, rendered by the server (facts filled in, HTML
 * sanitized with the same allow-list as the public page), refreshed as the author types.
 * `{{facts}}` the server does not know are listed as warnings.
 */
export function PreviewPane({ lang, body }: { lang: HelpLang; body: string }) {
  const { t } = useTranslation();
  const text = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const query = useQuery({
    queryKey: helpKeys.preview(lang, text),
    queryFn: ({ signal }) => previewMarkdown(text, lang, signal),
    enabled: text.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    // Every pause in typing is a new key: old previews are dropped soon, not kept for minutes.
    gcTime: 30_000,
  });
  const updating = body !== text || query.isFetching;
  const preview = text.trim() === "" ? null : query.data;
  return (
    <section
      className="help-preview"
      aria-label={t("staffHelp.editor.previewOf", { lang: t(`staffHelp.langs.${lang}`) })}
      aria-busy={updating || undefined}
      data-testid={`preview-${lang}`}
    >
      <div className="help-preview__head">
        <span className="help-preview__title">{t("staffHelp.editor.preview")}</span>
        {updating && text.trim() !== "" && (
          <span className="small muted">{t("staffHelp.editor.updating")}</span>
        )}
      </div>
      {preview && preview.unknownFacts.length > 0 && (
        <Alert tone="warning" title={t("staffHelp.editor.unknownFacts")} testId={`unknown-facts-${lang}`}>
          <p className="small">{t("staffHelp.editor.unknownFactsHint")}</p>
          <ul className="fact-names">
            {preview.unknownFacts.map((name) => (
              <li key={name} className="mono">{`{{${name}}}`}</li>
            ))}
          </ul>
        </Alert>
      )}
      {query.isError && <FormError error={query.error} />}
      {preview ? (
        <div
          className="help-prose"
          lang={lang}
          // The server renders markdown without raw HTML and sanitizes the result with an allow-list
          // (no script, style or on* attributes; safe link and image URLs only), as on the public page.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized server-side, see above
          dangerouslySetInnerHTML={{ __html: preview.html }}
        />
      ) : (
        <p className="muted small">{t("staffHelp.editor.previewEmpty")}</p>
      )}
    </section>
  );
}
