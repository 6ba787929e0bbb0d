import { type ReactNode, type Ref, type TextareaHTMLAttributes, useId } from "react";

/**
 * A macro's reply text: a labelled textarea whose element the form keeps (the variables helper
 * inserts at its cursor), laid out like the shared fields.
 */
export function BodyField({
  label,
  hint,
  error,
  testId,
  ref,
  ...area
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  testId?: string;
  ref: Ref<HTMLTextAreaElement>;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const describedBy =
    [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
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
