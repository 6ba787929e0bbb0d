import { type ReactNode, type Ref, type TextareaHTMLAttributes, useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * A multi-line field (notes, reasons, pasted statements, messages) laid out like the shared TextField;
 * `className` restyles the box; `ref` hands the element to forms that insert at its cursor (macros).
 */
export function TextAreaField({
  label,
  hint,
  error,
  optional = false,
  testId,
  ref,
  ...area
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  optional?: boolean;
  testId?: string;
  ref?: Ref<HTMLTextAreaElement>;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy =
    [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t("common.optional")}</span>}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="staff-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        {...area}
      />
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
