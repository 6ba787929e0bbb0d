import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FailureReason, Transaction } from "../../api/wallets";
import { Icon } from "../../components/Icon";
import { InlineArticle } from "../../components/InlineArticle";
import { transactionHelpPath } from "../../lib/support";

/** Why a transaction failed, what to do next, and where to get help (text from the server, in the caller's language). */
export function FailureCallout({ tx, reason }: { tx: Transaction; reason: FailureReason }) {
  const { t } = useTranslation();
  return (
    <section
      className="callout callout--danger"
      aria-labelledby="failure-title"
      data-testid="failure-callout"
    >
      <span className="callout__icon" aria-hidden="true">
        <Icon name="alert" size={22} />
      </span>
      <div className="callout__body">
        <h2 id="failure-title">{reason.title || t("detail.failedTitle")}</h2>
        {reason.explanation && <p>{reason.explanation}</p>}
        {reason.nextStep && (
          <p>
            <strong>{t("detail.nextStep")}</strong> {reason.nextStep}
          </p>
        )}
        {reason.helpArticle && <InlineArticle slug={reason.helpArticle} linkTestId="failure-article" />}
        <div className="button-row">
          <Link to={transactionHelpPath(tx)} className="button button--primary" data-testid="failure-help">
            <Icon name="headset" size={16} />
            {t("detail.getHelp")}
          </Link>
        </div>
      </div>
    </section>
  );
}
