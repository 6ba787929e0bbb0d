import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/client";
import { moneyProblem } from "../api/wallets";
import { StepUpCancelledError } from "../auth/stepUp";
import { errorMessage, errorMessageKey, problemDetail } from "../lib/errors";
import { helpArticlePath } from "../lib/support";
import { Alert } from "./Form";
import { Money } from "./Money";

/**
 * A refused money operation, in the server's own localized words (problem+json `title` and
 * `detail`), with what the problem adds: the amount still allowed under a limit, the failed
 * transaction it recorded, a help article. Unreachable server, server faults and the codes the
 * app has its own words for use those words instead.
 */
export function ProblemAlert({
  error,
  limitsCurrency,
  children,
  testId = "problem",
}: {
  error: unknown;
  /** The currency limit amounts are in, when the problem does not say. */
  limitsCurrency?: string | undefined;
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!error || error instanceof StepUpCancelledError) return null;
  const ownWords = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  if (ownWords || errorMessageKey(error.code)) {
    // A maintenance refusal is a 503 worded here (its end in the reader's zone): the sentence
    // that names the end is marked as such wherever it is shown.
    const message = errorMessage(error, t);
    const maintenance = error instanceof ApiError && error.code === "maintenance";
    return (
      <Alert tone="danger" testId={testId}>
        {maintenance ? <span data-testid="problem-maintenance-end">{message}</span> : message}
        {children}
      </Alert>
    );
  }
  const extra = moneyProblem(error);
  const currency = extra?.currency ?? limitsCurrency;
  const detail = problemDetail(error, t);
  return (
    <Alert tone="danger" title={error.title} testId={testId}>
      <div className="problem" data-code={error.code}>
        {detail && (
          <p data-testid={error.code === "maintenance" ? "problem-maintenance-end" : undefined}>{detail}</p>
        )}
        {error.code === "limit_exceeded" && extra?.remaining && currency && (
          <p data-testid="limit-remaining">
            {t("money.remaining", {
              limit: limitLabel(extra.limit, t),
            })}{" "}
            <strong>
              <Money amount={extra.remaining} currency={currency} />
            </strong>
          </p>
        )}
        {extra?.transactionId && (
          <p>
            {t("money.recordedFailure", { reference: extra.reference ?? extra.transactionId })}{" "}
            <Link
              to={`/transactions/${encodeURIComponent(extra.transactionId)}`}
              data-testid="failed-transaction"
            >
              {t("money.seeTransaction")}
            </Link>
          </p>
        )}
        {error.helpArticle && (
          <p>
            <Link to={helpArticlePath(error.helpArticle)}>{t("money.learnMore")}</Link>
          </p>
        )}
      </div>
      {children}
    </Alert>
  );
}

function limitLabel(limit: string | null, t: TFunction): string {
  switch (limit) {
    case "perTransaction":
      return t("money.limits.perTransaction");
    case "daily":
      return t("money.limits.daily");
    case "monthly":
      return t("money.limits.monthly");
    default:
      return t("money.limits.any");
  }
}
