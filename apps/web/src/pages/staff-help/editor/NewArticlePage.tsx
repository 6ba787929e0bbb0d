import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { createArticle, HELP_LANGS, type HelpLang, isHelpLang, SLUG_MAX } from "../../../api/staffHelp";
import { FormError, SubmitButton, TextField } from "../../../components/Form";
import { fieldErrors } from "../../../lib/errors";
import { focusFirstInvalid } from "../focus";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { editorPath } from "../helpPages";
import { helpKeys } from "../queries";
import { LeaveGuard } from "./LeaveGuard";
import { MetaFields } from "./MetaFields";
import {
  EMPTY_META,
  filledTranslations,
  type MetaDraft,
  metaInput,
  metaProblems,
  slugFromTitle,
  slugProblem,
  type TextDraft,
  translationProblem,
} from "./metaDraft";
import { TranslationFields } from "./TranslationFields";

const EMPTY_TEXT: TextDraft = { title: "", body: "" };

/**
 * A new article: its address (slug), meta and one or both translations. The title may come
 * prefilled from the analytics' article-gap list (?title=&lang=).
 */
export function NewArticlePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [drafts, setDrafts] = useState<Record<HelpLang, TextDraft>>(() => {
    const title = params.get("title")?.slice(0, 200) ?? "";
    const lang = params.get("lang");
    const prefillLang: HelpLang = isHelpLang(lang) ? lang : "en";
    return { en: EMPTY_TEXT, "zh-CN": EMPTY_TEXT, [prefillLang]: { title, body: "" } };
  });
  const [meta, setMeta] = useState<MetaDraft>(EMPTY_META);
  const [slug, setSlug] = useState(() => slugFromTitle(drafts.en.title));
  const [slugEdited, setSlugEdited] = useState(false);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const create = useMutation({
    mutationFn: () => createArticle({ slug, ...metaInput(meta), translations: filledTranslations(drafts) }),
    onSuccess: (article) => {
      queryClient.setQueryData(helpKeys.article(article.slug), article);
      void queryClient.invalidateQueries({ queryKey: helpKeys.articles });
      navigate(editorPath(article.slug), { replace: true, state: { created: true } });
    },
  });

  const touched = HELP_LANGS.some((l) => drafts[l].title !== "" || drafts[l].body !== "");

  const slugError = slugProblem(slug);
  const problems = metaProblems(meta, slug);
  const halfFilled = HELP_LANGS.map((l) => [l, translationProblem(drafts[l])] as const);
  const nothing = Object.keys(filledTranslations(drafts)).length === 0;
  const server = fieldErrors(create.error);
  const valid = !slugError && problems.length === 0 && halfFilled.every(([, p]) => !p) && !nothing;

  const setDraft = (lang: HelpLang, draft: TextDraft) => {
    setDrafts((d) => ({ ...d, [lang]: draft }));
    if (lang === "en" && !slugEdited) setSlug(slugFromTitle(draft.title));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) create.mutate();
    else focusFirstInvalid(form.current);
  };

  return (
    <HelpStaffFrame
      page="articles"
      title={t("staffHelp.editor.newTitle")}
      lead={t("staffHelp.editor.newLead")}
      wide
    >
      <LeaveGuard when={touched && !create.isPending && !create.isSuccess} />
      <form className="stack" onSubmit={submit} noValidate ref={form}>
        <p>
          <Link to="/admin/help">{t("staffHelp.editor.backToList")}</Link>
        </p>
        <section className="card help-meta" aria-labelledby="new-article-meta">
          <h2 id="new-article-meta">{t("staffHelp.editor.meta.heading")}</h2>
          <TextField
            label={t("staffHelp.editor.slug")}
            hint={t("staffHelp.editor.slugHint", { max: SLUG_MAX })}
            value={slug}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value.trim().toLowerCase());
            }}
            error={
              tried && slugError ? t(`staffHelp.editor.slugProblems.${slugError}`) : (server.slug ?? null)
            }
            maxLength={SLUG_MAX}
            spellCheck={false}
            autoCapitalize="off"
            className="mono"
            testId="new-slug"
          />
          <MetaFields draft={meta} onChange={setMeta} problems={tried ? problems : []} />
        </section>
        {tried && nothing && (
          <p className="field__error" role="alert">
            {t("staffHelp.editor.needOneLanguage")}
          </p>
        )}
        <div className="translation-grid">
          {halfFilled.map(([lang, problem]) => (
            <TranslationFields
              key={lang}
              lang={lang}
              draft={drafts[lang]}
              onChange={(d) => setDraft(lang, d)}
              titleError={tried && problem === "titleMissing" ? t("staffHelp.editor.titleMissing") : null}
              bodyError={tried && problem === "bodyMissing" ? t("staffHelp.editor.bodyMissing") : null}
              status={
                drafts[lang].title.trim() || drafts[lang].body.trim() ? null : (
                  <span className="badge badge--neutral">{t("staffHelp.editor.notWritten")}</span>
                )
              }
            />
          ))}
        </div>
        <FormError error={create.error} />
        <div className="button-row editor-actions">
          <SubmitButton pending={create.isPending} pendingLabel={t("common.saving")} testId="create-article">
            {t("staffHelp.editor.create")}
          </SubmitButton>
          <span className="small muted">{t("staffHelp.editor.createHint")}</span>
        </div>
      </form>
    </HelpStaffFrame>
  );
}
