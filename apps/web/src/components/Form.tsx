import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from "react";
import { useTranslation } from "react-i18next";
import { type ErrorContext, errorMessage } from "../lib/errors";
import { Icon, type IconName } from "./Icon";

type Tone = "danger" | "ok" | "info" | "warning";

const TONE_ICONS: Record<Tone, IconName> = { danger: "alert", ok: "check", info: "info", warning: "alert" };

/** A message box. Danger is announced at once (role=alert), the others politely (role=status). */
export function Alert({
  tone,
  title,
  children,
  actions,
  testId,
}: {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`alert alert--${tone}`}
      role={tone === "danger" ? "alert" : "status"}
      data-testid={testId}
    >
      <Icon name={TONE_ICONS[tone]} size={20} />
      <div className="alert__body">
        {title && <strong className="alert__title">{title}</strong>}
        {children}
      </div>
      {actions && <div className="alert__actions">{actions}</div>}
    </div>
  );
}

/** The message for a failed call (mapped from its problem code), or nothing. */
export function FormError({
  error,
  context,
  children,
}: {
  error: unknown;
  context?: ErrorContext;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = errorMessage(error, t, context);
  if (!message) return null;
  return (
    <Alert tone="danger" testId="form-error">
      {message}
      {children}
    </Alert>
  );
}

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  optional?: boolean;
}

function useFieldIds(hint: ReactNode, error: string | null | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}

function FieldLabel({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {label}
      {optional && <span className="field__optional"> {t("common.optional")}</span>}
    </label>
  );
}

function FieldNotes({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId: string | undefined;
  error: string | null | undefined;
  errorId: string | undefined;
}) {
  return (
    <>
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
    </>
  );
}

export function TextField({
  label,
  hint,
  error,
  optional,
  testId,
  ...input
}: FieldFrame & { testId?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} optional={optional ?? false} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        {...input}
      />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  testId,
  children,
  ...select
}: FieldFrame & { testId?: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} optional={optional ?? false} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        {...select}
      >
        {children}
      </select>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/** A one-time code: digits keyboard and autofill from SMS/authenticator on phones. */
export function CodeField({
  label,
  hint,
  error,
  value,
  onChange,
  testId,
  recovery = false,
  autoFocus,
}: FieldFrame & {
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** A recovery code: letters allowed, no numeric keyboard. */
  recovery?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      testId={testId}
      className="code-input"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete="one-time-code"
      inputMode={recovery ? "text" : "numeric"}
      // Not limited to 6 digits: the same box also takes a recovery code where the server allows one.
      maxLength={64}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      required
      autoFocus={autoFocus}
    />
  );
}

export function SubmitButton({
  pending,
  children,
  pendingLabel,
  testId,
  block = false,
  disabled = false,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: ReactNode;
  testId?: string;
  block?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="submit"
      className={`button button--primary${block ? " button--block" : ""}`}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      data-testid={testId}
    >
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}

/** A "verified" / "not verified" badge. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${verified ? "badge--ok" : "badge--warning"}`}>
      {verified ? t("common.verified") : t("common.notVerified")}
    </span>
  );
}
