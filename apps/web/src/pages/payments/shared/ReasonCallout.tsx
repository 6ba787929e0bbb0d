import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FailureReason } from "../../../api/wallets";
import { Icon } from "../../../components/Icon";
import { InlineArticle } from "../../../components/InlineArticle";

/**
 * Why a deposit or withdrawal did not go through, what to do next and where to read more,
 * in the server's words (its reason catalogue, in the reader's language).
 */
export function ReasonCallout({
  reason,
  fallbackTitle,
  helpPath,
  tone = "danger",
  actions,
  children,
}: {
  reason: FailureReason;
  fallbackTitle: string;
  helpPath: string;
  tone?: "danger" | "neutral";
  /** More buttons, first in the row (such as "Try again"). */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section
      className={`callout callout--danger reason-callout reason-callout--${tone}`}
      aria-labelledby="reason-title"
      data-testid="reason-callout"
      data-code={reason.code}
    >
      <span className="callout__icon" aria-hidden="true">
        <Icon name="alert" size={22} />
      </span>
      <div className="callout__body">
        <h2 id="reason-title" data-testid="reason-title">
          {reason.title || fallbackTitle}
        </h2>
        {reason.explanation && <p data-testid="reason-explanation">{reason.explanation}</p>}
        {reason.nextStep && (
          <p data-testid="reason-next-step">
            <strong>{t("payments.common.nextStep")}</strong> {reason.nextStep}
          </p>
        )}
        {children}
        {reason.helpArticle && <InlineArticle slug={reason.helpArticle} linkTestId="reason-article" />}
        <div className="button-row">
          {actions}
          <Link to={helpPath} className="button button--primary" data-testid="reason-help">
            <Icon name="headset" size={16} />
            {t("payments.common.getHelp")}
          </Link>
        </div>
      </div>
    </section>
  );
}
