import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  SYNONYM_TERM_MAX_LENGTH,
  SYNONYM_TERMS_MAX,
  SYNONYM_TERMS_MIN,
  splitTerms,
  termsProblem,
} from "../../../api/staffHelpTaxonomy";
import { FormError, SubmitButton, TextField } from "../../../components/Form";

/** Terms typed as a comma-separated list, shown back as chips, checked before they are sent. */
export function TermsForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: string[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (terms: string[]) => void;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial.join(", "));
  const [tried, setTried] = useState(false);
  const terms = splitTerms(text);
  const problem = termsProblem(terms);
  const message = !problem
    ? null
    : problem.kind === "tooLong"
      ? t("staffHelp.synonyms.tooLong", { term: problem.term, max: SYNONYM_TERM_MAX_LENGTH })
      : problem.kind === "tooFew"
        ? t("staffHelp.synonyms.tooFew", { min: SYNONYM_TERMS_MIN })
        : t("staffHelp.synonyms.tooMany", { max: SYNONYM_TERMS_MAX });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem) onSubmit(terms);
  };
  return (
    <form className="terms-form" onSubmit={submit} noValidate data-testid={testId}>
      <TextField
        label={t("staffHelp.synonyms.terms")}
        hint={t("staffHelp.synonyms.termsHint")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={tried ? message : null}
        placeholder={t("staffHelp.synonyms.placeholder")}
        testId={`${testId}-input`}
      />
      {terms.length > 0 && (
        <ul
          className="code-chips terms-form__chips"
          aria-label={t("staffHelp.synonyms.preview", { count: terms.length })}
        >
          {terms.map((term) => (
            <li key={term} className="code-chip code-chip--text">
              {term}
            </li>
          ))}
        </ul>
      )}
      <FormError error={error} />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={t("common.saving")} testId={`${testId}-save`}>
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
