import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Transaction } from "../../api/wallets";
import { Icon } from "../../components/Icon";
import { transactionHelpPath, unrecognizedPath } from "../../lib/support";
import "./support.css";

/**
 * Under a transaction's details: "Get help with this transaction" (the ticket form with it
 * attached) and, for money that left the account, "I don't recognize this transaction".
 */
export function TransactionSupportActions({ tx }: { tx: Transaction }) {
  const { t } = useTranslation();
  return (
    <div className="txn-support" data-testid="txn-support">
      <p className="muted small">{t("support.txn.questions")}</p>
      <div className="button-row">
        <Link to={transactionHelpPath(tx)} className="button button--small" data-testid="txn-get-help">
          <Icon name="headset" size={16} />
          {t("support.txn.getHelp")}
        </Link>
        {tx.direction === "out" && (
          <Link
            to={unrecognizedPath(tx.id)}
            className="button button--small button--danger"
            data-testid="txn-unrecognized"
          >
            <Icon name="alert" size={16} />
            {t("support.txn.unrecognized")}
          </Link>
        )}
      </div>
    </div>
  );
}
