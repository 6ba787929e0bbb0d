import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../../api/client";
import { paymentProblem } from "../../../api/payments";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useShortTime } from "./MethodFacts";

/**
 * A refused deposit or withdrawal in the server's words (ProblemAlert), with what each
 * payment problem adds: the methods that are available, the way to verify or to turn on
 * two-factor authentication, when a destination or withdrawals can be used again. A maintenance
 * refusal adds nothing: the server's sentence already names when it ends (said once, not twice).
 * `onPickMethod` makes the listed methods buttons that choose one.
 */
export function PaymentProblemAlert({
  error,
  onPickMethod,
  testId = "payment-problem",
}: {
  error: unknown;
  onPickMethod?: (id: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const time = useShortTime();
  if (!(error instanceof ApiError)) return <ProblemAlert error={error} testId={testId} />;
  const extra = paymentProblem(error);
  return (
    <ProblemAlert error={error} testId={testId}>
      {error.code === "method_unavailable_in_region" && extra && (
        <div className="problem-extra" data-testid="problem-methods">
          {extra.methods.length > 0 ? (
            <>
              <p>{t("payments.problems.availableMethods")}</p>
              <ul className="problem-extra__methods">
                {extra.methods.map((m) => (
                  <li key={m.id}>
                    {onPickMethod ? (
                      <button type="button" className="link-button" onClick={() => onPickMethod(m.id)}>
                        {m.name}
                      </button>
                    ) : (
                      m.name
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("payments.problems.noMethods")}</p>
          )}
        </div>
      )}
      {error.code === "kyc_required" && (
        <p className="problem-extra" data-testid="problem-kyc">
          <Link to="/verification" className="button button--small button--primary">
            {t("payments.problems.verifyNow")}
          </Link>
        </p>
      )}
      {error.code === "two_factor_setup_required" && (
        <p className="problem-extra" data-testid="problem-2fa-setup">
          <Link to="/app/security#two-factor" className="button button--small button--primary">
            {t("payments.problems.setUp2fa")}
          </Link>
        </p>
      )}
      {error.code === "destination_not_ready" && extra?.usableAfter && (
        <p className="problem-extra" data-testid="problem-usable-after">
          {t("payments.problems.usableAfter", { time: time(extra.usableAfter) })}
        </p>
      )}
      {error.code === "withdrawals_on_hold" && extra?.heldUntil && (
        <p className="problem-extra" data-testid="problem-held-until">
          {t("payments.problems.heldUntil", { time: time(extra.heldUntil) })}
        </p>
      )}
    </ProblemAlert>
  );
}
