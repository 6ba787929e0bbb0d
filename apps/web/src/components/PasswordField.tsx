import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkPassword } from "../api/accounts";
import { useDebouncedValue } from "../lib/hooks";
import { feedbackLines, MIN_ACCEPTED_SCORE, strengthLevel } from "../lib/passwordStrength";
import { Icon } from "./Icon";

/** Personal details the strength check looks for inside the password. */
export interface PersonalInfo {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
}

const CHECK_DELAY_MS = 250;

/** Live strength feedback from POST /api/v1/auth/password/check, at most one call per pause in typing. */
export function usePasswordCheck(password: string, personal: PersonalInfo) {
  const input = {
    password,
    ...(personal.email?.trim() ? { email: personal.email.trim() } : {}),
    ...(personal.name?.trim() ? { name: personal.name.trim() } : {}),
    ...(personal.phone?.trim() ? { phone: personal.phone.trim() } : {}),
  };
  const serialized = JSON.stringify(input);
  const settled = useDebouncedValue(serialized, CHECK_DELAY_MS);
  const query = useQuery({
    queryKey: ["password-check", settled],
    queryFn: ({ signal }) => checkPassword(JSON.parse(settled) as typeof input, signal),
    enabled: password !== "" && settled === serialized,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30_000,
    retry: false,
  });
  return {
    check: password === "" ? undefined : query.data,
    checking: password !== "" && (settled !== serialized || query.isFetching),
    failed: query.isError,
  };
}

export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  testId,
  error,
  hint,
  strength,
  autoFocus,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  testId?: string;
  error?: string | null | undefined;
  hint?: ReactNode;
  /** Show the strength meter (for a new password), checking against these personal details. */
  strength?: PersonalInfo;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const meterId = `${id}-meter`;
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : "", strength ? meterId : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="password-input">
        <input
          id={id}
          type={visible ? "text" : "password"}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          required
          maxLength={1024}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          data-testid={testId}
          // biome-ignore lint/a11y/noAutofocus: only where the field is the one thing to do (a dialog, a one-field step)
          autoFocus={autoFocus}
        />
        <button
          type="button"
          className="password-input__toggle"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-label={visible ? t("password.hide") : t("password.show")}
          title={visible ? t("password.hide") : t("password.show")}
        >
          <Icon name={visible ? "eyeOff" : "eye"} size={18} />
        </button>
      </div>
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
      {strength && <StrengthMeter id={meterId} password={value} personal={strength} />}
    </div>
  );
}

function StrengthMeter({ id, password, personal }: { id: string; password: string; personal: PersonalInfo }) {
  const { t } = useTranslation();
  const { check, checking, failed } = usePasswordCheck(password, personal);

  if (password === "") {
    return (
      <p className="field__hint" id={id}>
        {t("password.rules")}
      </p>
    );
  }
  const score = check?.score ?? 0;
  const level = strengthLevel(score);
  const { reasons, suggestions } = check ? feedbackLines(check) : { reasons: [], suggestions: [] };
  const accepted = check ? check.ok && score >= MIN_ACCEPTED_SCORE : false;

  return (
    <div className="strength" id={id} data-testid="password-strength" data-score={check ? score : undefined}>
      <div className={`strength__bar strength__bar--${check ? level : "pending"}`} aria-hidden="true">
        {[1, 2, 3, 4].map((segment) => (
          <span
            key={segment}
            className={check && (score >= segment || segment === 1) ? "is-on" : undefined}
          />
        ))}
      </div>
      <p className="strength__label" aria-live="polite">
        {check ? (
          <>
            <span>
              <span className="visually-hidden">{t("password.strengthLabel")}: </span>
              <span aria-hidden="true">{t("password.strength")}</span>
              <strong>{t(`password.levels.${level}`)}</strong>
            </span>
            {accepted && (
              <span className="strength__ok">
                <Icon name="check" size={16} /> {t("password.accepted")}
              </span>
            )}
          </>
        ) : failed ? (
          t("password.checkFailed")
        ) : (
          t("password.checking")
        )}
        {check && checking && <span className="visually-hidden"> {t("password.checking")}</span>}
      </p>
      {reasons.length > 0 && (
        <ul className="strength__reasons">
          {reasons.map((line) => (
            <li key={line.kind === "key" ? line.key : line.text}>
              {line.kind === "key" ? t(line.key) : line.text}
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <ul className="strength__tips">
          {suggestions.map((line) => (
            <li key={line.kind === "key" ? line.key : line.text}>
              {line.kind === "key" ? t(line.key) : line.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
