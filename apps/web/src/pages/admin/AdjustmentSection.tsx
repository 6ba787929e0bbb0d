import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AdjustmentInput, findCustomerWallets, postAdjustment } from "../../api/adminLedger";
import { ApiError } from "../../api/client";
import { ConfirmBox } from "../../components/ConfirmBox";
import { CopyButton } from "../../components/CopyButton";
import { Alert, SubmitButton, TextField } from "../../components/Form";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { errorMessage, fieldErrors } from "../../lib/errors";
import { IdempotencyKeys } from "../../lib/idempotency";
import { amountProblem, formatMoney, normalizeAmountInput, parseDecimal } from "../../lib/money";
import { useAmountMessage } from "../../wallet/amountMessages";
import { useExponent, walletKeys } from "../../wallet/queries";
import { CustomerFacts, WalletPicker } from "./AdjustmentCustomer";

/** An adjustment the admin is asked to confirm, with who and which wallet it is for. */
interface Pending {
  walletId: string;
  input: AdjustmentInput;
  customer: string;
  walletNumber: string;
}

interface Done {
  amount: string;
  currency: string;
  customer: string;
  reference: string | null;
}

/**
 * Credit or debit a customer's wallet against the adjustments account, with a reason; audited by
 * the server. The admin finds the customer (wallet number, email or phone), checks who it is,
 * picks one of their wallets (which sets the currency), then confirms.
 */
export function AdjustmentSection() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const amountMessage = useAmountMessage();
  const [lookup, setLookup] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const [lookupSubmitted, setLookupSubmitted] = useState(false);
  const [walletId, setWalletId] = useState<string | null>(null);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const keys = useRef(new IdempotencyKeys()).current;

  const found = useQuery({
    queryKey: walletKeys.adminCustomer(searched ?? ""),
    queryFn: ({ signal }) => findCustomerWallets(searched ?? "", signal),
    enabled: searched !== null,
  });
  const customer = found.data?.customer;
  const wallets = found.data?.wallets ?? [];
  // Only one wallet: nothing to choose. A wallet no longer listed is no longer chosen.
  const wallet = wallets.find((w) => w.id === walletId) ?? (wallets.length === 1 ? wallets[0] : undefined);
  const exponent = useExponent(wallet?.currency ?? "");
  const who = customer ? (customer.name ?? customer.email) : "";

  const post = useMutation({
    mutationFn: (p: Pending) => postAdjustment(p.walletId, p.input, keys.keyFor([p.walletId, p.input])),
    onSuccess: (tx, p) => {
      keys.reset();
      setPending(null);
      setAmount("");
      setReason("");
      setSubmitted(false);
      setDone({
        amount: p.input.amount,
        currency: p.input.currency,
        customer: p.customer,
        reference: tx?.reference || tx?.id || null,
      });
      // The customer's balances and the platform's adjustments account have both moved.
      void queryClient.invalidateQueries({ queryKey: walletKeys.admin });
    },
    onError: (error) => {
      // Back to the form to fix it; a refusal (4xx) moved nothing, so the next attempt gets a new key,
      // while after a network error the same adjustment keeps its key and cannot be posted twice.
      setPending(null);
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) keys.reset();
    },
  });

  const lookupProblem = lookup.trim() === "" ? t("ledger.adjust.customerRequired") : null;
  const notFound = found.error instanceof ApiError && found.error.code === "recipient_not_found";
  const lookupServer = fieldErrors(found.error).customer;
  const normalized = normalizeAmountInput(amount);
  const problems = {
    wallet: wallet ? null : t("ledger.adjust.walletRequired"),
    amount: amountMessage(amountProblem(normalized, exponent, { allowNegative: true }), exponent),
    reason: reason.trim().length < 3 ? t("ledger.adjust.reasonRequired") : null,
  };
  const server = fieldErrors(post.error);
  const busy = pending !== null;

  const startOver = () => {
    keys.reset();
    post.reset();
    setWalletId(null);
    setAmount("");
    setReason("");
    setSubmitted(false);
    setPending(null);
    setDone(null);
  };

  return (
    <Section
      id="adjustment"
      icon="edit"
      title={t("ledger.adjust.title")}
      description={t("ledger.adjust.lead")}
    >
      <div className="stack adjust">
        <form
          className="form form--narrow"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setLookupSubmitted(true);
            if (lookupProblem) return;
            const next = lookup.trim();
            if (next !== searched) startOver();
            setSearched(next);
            if (next === searched) void found.refetch();
          }}
        >
          <TextField
            label={t("ledger.adjust.customer")}
            hint={t("ledger.adjust.customerHint")}
            value={lookup}
            onChange={(event) => setLookup(event.target.value)}
            error={
              (lookupSubmitted && lookupProblem) ||
              (notFound ? t("ledger.adjust.customerNotFound") : lookupServer)
            }
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            testId="adjust-customer"
            disabled={busy}
          />
          <SubmitButton
            pending={found.isLoading}
            pendingLabel={t("ledger.adjust.finding")}
            disabled={busy}
            testId="adjust-find"
          >
            {t("ledger.adjust.find")}
          </SubmitButton>
        </form>

        {found.isError && !notFound && !lookupServer && (
          <Alert tone="danger" title={t("ledger.adjust.lookupError")}>
            {errorMessage(found.error, t)}
          </Alert>
        )}

        {customer && (
          <>
            <CustomerFacts customer={customer} />
            {done && (
              <Alert tone="ok" title={t("ledger.adjust.doneTitle")} testId="adjust-done">
                <p>
                  {t("ledger.adjust.done", {
                    amount: formatMoney(done.amount, done.currency, lang, { sign: "exceptZero" }),
                    currency: done.currency,
                    customer: done.customer,
                  })}
                </p>
                {done.reference && (
                  <p className="adjust__reference">
                    {t("ledger.adjust.reference")}{" "}
                    <strong className="mono" data-testid="adjust-reference">
                      {done.reference}
                    </strong>{" "}
                    <CopyButton text={done.reference} />
                  </p>
                )}
              </Alert>
            )}
            {wallets.length === 0 ? (
              <p className="muted" data-testid="adjust-no-wallets">
                {t("ledger.adjust.noWallets")}
              </p>
            ) : (
              <form
                className="form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  setSubmitted(true);
                  setDone(null);
                  post.reset();
                  if (!wallet || problems.amount || problems.reason) return;
                  setPending({
                    walletId: wallet.id,
                    input: { amount: normalized, currency: wallet.currency, reason: reason.trim() },
                    customer: who,
                    walletNumber: customer.walletNumber,
                  });
                }}
              >
                <WalletPicker
                  wallets={wallets}
                  chosen={wallet?.id ?? null}
                  onChoose={(id) => {
                    setWalletId(id);
                    setDone(null);
                    post.reset();
                  }}
                  error={submitted ? problems.wallet : null}
                  disabled={busy}
                />
                <div className="form form--narrow">
                  <TextField
                    label={
                      wallet
                        ? t("ledger.adjust.amountIn", { currency: wallet.currency })
                        : t("ledger.adjust.amount")
                    }
                    hint={t("ledger.adjust.amountHint")}
                    value={amount}
                    onChange={(event) => setAmount(event.target.value)}
                    error={(submitted && problems.amount) || server.amount}
                    inputMode="decimal"
                    autoComplete="off"
                    testId="adjust-amount"
                    disabled={busy}
                  />
                  <TextField
                    label={t("ledger.adjust.reason")}
                    hint={t("ledger.adjust.reasonHint")}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    error={(submitted && problems.reason) || server.reason}
                    maxLength={500}
                    testId="adjust-reason"
                    disabled={busy}
                  />
                  {!pending && (
                    <SubmitButton pending={false} testId="adjust-submit">
                      {t("ledger.adjust.review")}
                    </SubmitButton>
                  )}
                </div>
              </form>
            )}
          </>
        )}

        {pending && (
          <ConfirmBox
            tone="warning"
            text={t(
              parseDecimal(pending.input.amount)?.negative
                ? "ledger.adjust.confirmDebit"
                : "ledger.adjust.confirmCredit",
              {
                amount: formatMoney(pending.input.amount.replace(/^-/, ""), pending.input.currency, lang),
                currency: pending.input.currency,
                customer: pending.customer,
                walletNumber: pending.walletNumber || "—",
              },
            )}
            confirmLabel={t("ledger.adjust.post")}
            pending={post.isPending}
            error={null}
            onConfirm={() => post.mutate(pending)}
            onCancel={() => {
              setPending(null);
              post.reset();
            }}
            testId="adjust-confirm"
          />
        )}
        <ProblemAlert error={post.error} />
      </div>
    </Section>
  );
}
