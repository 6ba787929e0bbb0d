import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AdjustmentInput, postAdjustment } from "../../api/adminLedger";
import { ApiError } from "../../api/client";
import { ConfirmBox } from "../../components/ConfirmBox";
import { Alert, SelectField, SubmitButton, TextField } from "../../components/Form";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { fieldErrors } from "../../lib/errors";
import { IdempotencyKeys } from "../../lib/idempotency";
import { amountProblem, formatMoney, normalizeAmountInput, parseDecimal } from "../../lib/money";
import { useAmountMessage } from "../../wallet/amountMessages";
import { useCurrencies, walletKeys } from "../../wallet/queries";

interface Pending {
  walletId: string;
  input: AdjustmentInput;
}

/** Credit or debit a customer's wallet against the adjustments account, with a reason; audited by the server. */
export function AdjustmentSection() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const currencies = useCurrencies();
  const amountMessage = useAmountMessage();
  const [walletId, setWalletId] = useState("");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const keys = useRef(new IdempotencyKeys()).current;
  const post = useMutation({
    mutationFn: (p: Pending) => postAdjustment(p.walletId, p.input, keys.keyFor(p)),
    onSuccess: (tx, p) => {
      keys.reset();
      setPending(null);
      setWalletId("");
      setAmount("");
      setReason("");
      setSubmitted(false);
      setDone(
        t("ledger.adjust.done", {
          amount: formatMoney(p.input.amount, p.input.currency, lang),
          wallet: p.walletId,
          reference: tx?.reference || tx?.id || "—",
        }),
      );
      void queryClient.invalidateQueries({ queryKey: walletKeys.admin });
    },
    onError: (error) => {
      // Back to the form to fix it; a refusal (4xx) moved nothing, so the next attempt gets a new key,
      // while after a network error the same adjustment keeps its key and cannot be posted twice.
      setPending(null);
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) keys.reset();
    },
  });

  const chosen = currency || currencies.data?.[0]?.code || "";
  const exponent = currencies.data?.find((c) => c.code === chosen)?.exponent;
  const normalized = normalizeAmountInput(amount);
  const problems = {
    walletId: walletId.trim() === "" ? t("ledger.adjust.walletRequired") : null,
    amount: amountMessage(amountProblem(normalized, exponent, { allowNegative: true }), exponent),
    reason: reason.trim() === "" ? t("ledger.adjust.reasonRequired") : null,
  };
  const credit = !parseDecimal(normalized)?.negative;
  const server = fieldErrors(post.error);
  const walletMissing = post.error instanceof ApiError && post.error.code === "not_found";

  return (
    <Section
      id="adjustment"
      icon="edit"
      title={t("ledger.adjust.title")}
      description={t("ledger.adjust.lead")}
    >
      {done && (
        <Alert tone="ok" testId="adjust-done">
          {done}
        </Alert>
      )}
      <form
        className="form form--narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          setDone(null);
          post.reset();
          if (problems.walletId || problems.amount || problems.reason) return;
          setPending({
            walletId: walletId.trim(),
            input: { amount: normalized, currency: chosen, reason: reason.trim() },
          });
        }}
      >
        <TextField
          label={t("ledger.adjust.walletId")}
          hint={t("ledger.adjust.walletIdHint")}
          value={walletId}
          onChange={(event) => setWalletId(event.target.value)}
          error={
            (submitted && problems.walletId) ||
            (walletMissing ? t("ledger.adjust.walletNotFound") : server.walletId)
          }
          spellCheck={false}
          autoCapitalize="off"
          testId="adjust-wallet"
          disabled={pending !== null}
        />
        <div className="form__pair">
          <TextField
            label={t("ledger.adjust.amount")}
            hint={t("ledger.adjust.amountHint")}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={(submitted && problems.amount) || server.amount}
            inputMode="decimal"
            testId="adjust-amount"
            disabled={pending !== null}
          />
          <SelectField
            label={t("ledger.currency")}
            value={chosen}
            onChange={(event) => setCurrency(event.target.value)}
            testId="adjust-currency"
            disabled={pending !== null}
          >
            {(currencies.data ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t("ledger.adjust.reason")}
          hint={t("ledger.adjust.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={(submitted && problems.reason) || server.reason}
          maxLength={500}
          testId="adjust-reason"
          disabled={pending !== null}
        />
        {!pending && (
          <SubmitButton pending={false} testId="adjust-submit">
            {t("ledger.adjust.review")}
          </SubmitButton>
        )}
      </form>
      {pending && (
        <ConfirmBox
          tone="warning"
          text={t(credit ? "ledger.adjust.confirmCredit" : "ledger.adjust.confirmDebit", {
            amount: formatMoney(pending.input.amount.replace(/^-/, ""), pending.input.currency, lang),
            wallet: pending.walletId,
          })}
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
      {!walletMissing && <ProblemAlert error={post.error} />}
    </Section>
  );
}
