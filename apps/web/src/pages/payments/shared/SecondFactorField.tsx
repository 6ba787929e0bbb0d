import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { sendReauthSms } from "../../../api/accounts";
import { ApiError } from "../../../api/client";
import { useUser } from "../../../auth/useUser";
import { Alert, CodeField, FormError } from "../../../components/Form";

const CODE_PROBLEMS: ReadonlySet<string> = new Set(["invalid_mfa_code", "mfa_required"]);

/** The server's words when it refused the code itself. */
function codeProblem(error: unknown): string | null {
  return error instanceof ApiError && CODE_PROBLEMS.has(error.code) ? (error.detail ?? error.title) : null;
}

/** Whether the signed-in customer has a second factor the server can check (authenticator app or SMS). */
export function useHasSecondFactor(): boolean {
  const user = useUser();
  return user.twoFactor.totp || user.twoFactor.sms;
}

/**
 * The second-factor code money going out needs every time: from the authenticator app, or a
 * texted code for customers who use SMS. Customers without a second factor are sent to set
 * one up first (the server would answer two_factor_setup_required).
 */
export function SecondFactorField({
  value,
  onChange,
  error,
  serverError,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null | undefined;
  /** The last answer: a wrong or missing code is shown at this field. */
  serverError?: unknown;
  testId: string;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const sms = useMutation({ mutationFn: sendReauthSms });
  if (!user.twoFactor.totp && !user.twoFactor.sms) return <SetUpSecondFactor />;
  const smsOnly = user.twoFactor.sms && !user.twoFactor.totp;
  return (
    <div className="second-factor">
      <CodeField
        label={t("payments.twoFactor.code")}
        hint={smsOnly ? t("payments.twoFactor.hintSms") : t("payments.twoFactor.hintApp")}
        value={value}
        onChange={onChange}
        error={codeProblem(serverError) || error}
        testId={testId}
        recovery
      />
      {user.twoFactor.sms && (
        <p className="small">
          <button
            type="button"
            className="link-button"
            onClick={() => sms.mutate()}
            disabled={sms.isPending}
            data-testid={`${testId}-sms`}
          >
            {sms.isPending ? t("common.working") : t("payments.twoFactor.sendSms")}
          </button>
          {sms.isSuccess && <span className="muted"> {t("payments.twoFactor.smsSent")}</span>}
        </p>
      )}
      <FormError error={sms.error} />
    </div>
  );
}

export function SetUpSecondFactor() {
  const { t } = useTranslation();
  return (
    <Alert
      tone="warning"
      title={t("payments.twoFactor.setupTitle")}
      testId="two-factor-setup"
      actions={
        <Link to="/app/security#two-factor" className="button button--small button--primary">
          {t("payments.twoFactor.setupLink")}
        </Link>
      }
    >
      {t("payments.twoFactor.setupBody")}
    </Alert>
  );
}
