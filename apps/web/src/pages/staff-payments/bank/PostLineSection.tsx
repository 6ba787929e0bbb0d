import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { postStatementLine, type StatementLine, type StatementLineInput } from "../../../api/staffPayments";
import { SelectField, SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { Section } from "../../../components/Section";
import { IdempotencyKeys } from "../../../lib/idempotency";
import { amountProblem, normalizeAmountInput } from "../../../lib/money";
import { useAmountMessage } from "../../../wallet/amountMessages";
import { useExponent } from "../../../wallet/queries";
import { serverFieldError } from "../format";
import { staffKeys } from "../queries";
import { BankMethodSelect, BankMethodsState, today, useBankMethods } from "./bankMethods";
import { LineOutcome } from "./LineOutcome";

/**
 * One line of the (simulated) bank statement, as the bank would report money received: a line
 * whose reference names a waiting deposit credits it, any other goes to suspense.
 */
export function PostLineSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const amountMessage = useAmountMessage();
  const methods = useBankMethods(true);
  const [methodId, setMethodId] = useState("");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("");
  const [reference, setReference] = useState("");
  const [payerName, setPayerName] = useState("");
  const [valueDate, setValueDate] = useState(today);
  const [externalId, setExternalId] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [posted, setPosted] = useState<StatementLine | null>(null);

  const method = methods.bankMethods.find((m) => m.id === methodId) ?? methods.bankMethods[0];
  const currencies = method?.currencies ?? [];
  const chosenCurrency = currencies.includes(currency) ? currency : (currencies[0] ?? "");
  const exponent = useExponent(chosenCurrency);
  const normalized = normalizeAmountInput(amount);
  const problems = {
    method: method ? null : t("staffPayments.bank.methodRequired"),
    amount: amountMessage(amountProblem(normalized, exponent), exponent),
    valueDate: /^\d{4}-\d{2}-\d{2}$/.test(valueDate) ? null : t("staffPayments.bank.dateRequired"),
  };

  // One key per line as typed: a retry after a lost answer is recognised, not booked twice.
  const [keys] = useState(() => new IdempotencyKeys());
  const post = useMutation({
    mutationFn: (input: StatementLineInput) => postStatementLine(input, keys.keyFor(input)),
    onSuccess: (line) => {
      keys.reset();
      setPosted(line);
      setAmount("");
      setReference("");
      setPayerName("");
      setExternalId("");
      setSubmitted(false);
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
    },
  });
  const fieldError = (field: string) => serverFieldError(post.error, field);

  return (
    <Section
      id="post-line"
      icon="moneyIn"
      title={t("staffPayments.bank.post.title")}
      description={t("staffPayments.bank.post.lead")}
    >
      <BankMethodsState methods={methods} />
      {method && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            setPosted(null);
            post.reset();
            if (problems.method || problems.amount || problems.valueDate) return;
            post.mutate({
              methodId: method.id,
              amount: normalized,
              currency: chosenCurrency,
              reference: reference.trim(),
              valueDate,
              ...(payerName.trim() ? { payerName: payerName.trim() } : {}),
              ...(externalId.trim() ? { externalId: externalId.trim() } : {}),
            });
          }}
          data-testid="post-line-form"
        >
          <div className="form--grid">
            <BankMethodSelect
              methods={methods.bankMethods}
              value={method.id}
              onChange={setMethodId}
              error={(submitted && problems.method) || fieldError("methodId")}
              testId="line-method"
            />
            <TextField
              label={t("staffPayments.bank.amount")}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              error={(submitted && problems.amount) || fieldError("amount")}
              inputMode="decimal"
              autoComplete="off"
              testId="line-amount"
            />
            <SelectField
              label={t("staffPayments.bank.currency")}
              value={chosenCurrency}
              onChange={(e) => setCurrency(e.target.value)}
              error={fieldError("currency")}
              testId="line-currency"
            >
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("staffPayments.bank.reference")}
              hint={t("staffPayments.bank.referenceHint")}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              error={fieldError("reference")}
              autoComplete="off"
              spellCheck={false}
              maxLength={140}
              testId="line-reference"
            />
            <TextField
              label={t("staffPayments.bank.payer")}
              optional
              value={payerName}
              onChange={(e) => setPayerName(e.target.value)}
              error={fieldError("payerName")}
              maxLength={140}
              testId="line-payer"
            />
            <TextField
              type="date"
              label={t("staffPayments.bank.valueDate")}
              value={valueDate}
              onChange={(e) => setValueDate(e.target.value)}
              error={(submitted && problems.valueDate) || fieldError("valueDate")}
              testId="line-date"
            />
            <TextField
              label={t("staffPayments.bank.externalId")}
              hint={t("staffPayments.bank.externalIdHint")}
              optional
              value={externalId}
              onChange={(e) => setExternalId(e.target.value)}
              error={fieldError("externalId")}
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              testId="line-external-id"
            />
          </div>
          <ProblemAlert error={post.error} />
          <SubmitButton pending={post.isPending} pendingLabel={t("common.working")} testId="line-post">
            {t("staffPayments.bank.post.submit")}
          </SubmitButton>
        </form>
      )}
      {posted && <LineOutcome line={posted} />}
    </Section>
  );
}
