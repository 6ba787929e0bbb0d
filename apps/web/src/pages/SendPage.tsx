import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Transaction, TransferInput, TransferPreview } from "../api/wallets";
import { EmptyState } from "../components/EmptyState";
import { Alert } from "../components/Form";
import { PageHeader } from "../components/PageHeader";
import { WalletNav } from "../components/WalletNav";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle } from "../lib/hooks";
import { IdempotencyKeys } from "../lib/idempotency";
import { useWallets } from "../wallet/queries";
import { SendConfirm, SendDone } from "./send/SendConfirm";
import { SendForm, type SendValues } from "./send/SendForm";

type Step =
  | { kind: "form" }
  | { kind: "confirm"; input: TransferInput; preview: TransferPreview }
  | { kind: "done"; tx: Transaction };

/** Send money to another customer: details → confirmation → sent. `?to=` and `?currency=` prefill. */
export function SendPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("send.title"));
  const [params] = useSearchParams();
  const wallets = useWallets();
  const [step, setStep] = useState<Step>({ kind: "form" });
  const [values, setValues] = useState<SendValues>(() => ({
    to: params.get("to") ?? "",
    amount: "",
    currency: params.get("currency") ?? "",
    note: "",
  }));
  // One key per confirmed payment, kept across "Back" and retries (see SendConfirm).
  const keys = useRef(new IdempotencyKeys()).current;

  const list = wallets.data ?? [];
  // Until the person picks one: the asked-for currency if they hold it, else their first wallet.
  const currency = list.some((w) => w.currency === values.currency)
    ? values.currency
    : (list[0]?.currency ?? "");

  return (
    <div className="container page" data-testid="send-page">
      <PageHeader icon="send" title={t("send.title")} description={t("send.lead")} />
      <WalletNav />
      {wallets.isPending && <p className="muted">{t("common.loading")}</p>}
      {wallets.isError && (
        <Alert tone="danger" title={t("wallet.balancesError")}>
          {errorMessage(wallets.error, t)}
        </Alert>
      )}
      {wallets.isSuccess && list.length === 0 && (
        <EmptyState icon="wallet" title={t("send.noWalletsTitle")}>
          <p>{t("send.noWalletsBody")}</p>
          <Link to="/app" className="button button--primary">
            {t("walletNav.dashboard")}
          </Link>
        </EmptyState>
      )}
      {wallets.isSuccess && list.length > 0 && step.kind === "form" && (
        <SendForm
          values={{ ...values, currency }}
          onChange={setValues}
          wallets={list}
          onPreview={(input, preview) => setStep({ kind: "confirm", input, preview })}
        />
      )}
      {step.kind === "confirm" && (
        <SendConfirm
          input={step.input}
          preview={step.preview}
          keys={keys}
          onBack={() => setStep({ kind: "form" })}
          onSent={(tx) => setStep({ kind: "done", tx })}
        />
      )}
      {step.kind === "done" && (
        <SendDone
          tx={step.tx}
          onAgain={() => {
            keys.reset();
            setValues({ to: "", amount: "", currency, note: "" });
            setStep({ kind: "form" });
          }}
        />
      )}
    </div>
  );
}
