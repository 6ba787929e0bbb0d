import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TraceInput, type TraceResult, traceDeposit } from "../../api/payments";
import { fetchPolicies } from "../../api/verification";
import { useMe } from "../../auth/hooks";
import { Alert, SelectField, SubmitButton, TextField } from "../../components/Form";
import { Icon, type IconName } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { currentLanguage } from "../../i18n";
import { fieldErrors } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { amountProblem, currencyName, normalizeAmountInput } from "../../lib/money";
import { useAmountMessage } from "../../wallet/amountMessages";
import { useCurrencies } from "../../wallet/queries";
import { MoreLinks } from "./shared/MoreLinks";
import { publicPaymentKeys, useMethods } from "./shared/queries";
import "../../styles/payments.css";

interface TraceValues {
  amount: string;
  currency: string;
  methodId: string;
  approxTime: string;
  providerReference: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "My deposit has not arrived": the customer (or a guest with an email address) says how
 * much, in which currency, roughly when, and any reference from their bank or card
 * statement; the platform says where that money is. Guests are answered by email only.
 */
export function TracePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("payments.trace.title"));
  const me = useMe();
  const signedIn = me.status === "signedIn";
  const [values, setValues] = useState<TraceValues>({
    amount: "",
    currency: "USD",
    methodId: "",
    approxTime: "",
    providerReference: "",
    email: "",
  });
  const trace = useMutation({ mutationFn: (input: TraceInput) => traceDeposit(input) });

  return (
    <div className="container page" data-testid="trace-page">
      <PageHeader icon="compass" title={t("payments.trace.title")} description={t("payments.trace.lead")} />
      <div className="payments-layout">
        <TraceForm
          values={values}
          onChange={(next) => {
            if (trace.isError) trace.reset();
            setValues(next);
          }}
          signedIn={signedIn}
          pending={trace.isPending}
          error={trace.error}
          onSubmit={(input) => trace.mutate(input)}
        />
        <div>
          {trace.data ? (
            <TraceAnswer result={trace.data} />
          ) : (
            <section className="card section-card trace-tips">
              <h2 className="detail-heading">{t("payments.trace.tipsTitle")}</h2>
              <ul>
                <li>{t("payments.trace.tipCard")}</li>
                <li>{t("payments.trace.tipBank")}</li>
                <li>{t("payments.trace.tipReference")}</li>
              </ul>
            </section>
          )}
        </div>
      </div>
      {signedIn && <MoreLinks links={["deposit", "policies"]} />}
    </div>
  );
}

function TraceForm({
  values,
  onChange,
  signedIn,
  pending,
  error,
  onSubmit,
}: {
  values: TraceValues;
  onChange: (values: TraceValues) => void;
  signedIn: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: TraceInput) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const currencies = useCurrencies();
  const methods = useTraceMethods(signedIn, values.currency);
  const amountMessage = useAmountMessage();
  const [submitted, setSubmitted] = useState(false);
  const exponent = currencies.data?.find((c) => c.code === values.currency)?.exponent;
  const amount = normalizeAmountInput(values.amount);
  const when = values.approxTime ? new Date(values.approxTime) : null;
  const problems = {
    amount: amountMessage(amountProblem(amount, exponent), exponent),
    email: signedIn ? null : EMAIL.test(values.email.trim()) ? null : t("payments.trace.emailRequired"),
    approxTime:
      when && (Number.isNaN(when.getTime()) || when.getTime() > Date.now() + 60_000)
        ? t("payments.trace.timeInFuture")
        : null,
  };
  const server = fieldErrors(error);
  const set = (change: Partial<TraceValues>) => onChange({ ...values, ...change });
  const codes = currencies.data?.map((c) => c.code) ?? [values.currency];

  return (
    <form
      className="form card form-card"
      noValidate
      data-testid="trace-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (problems.amount || problems.email || problems.approxTime) return;
        const reference = values.providerReference.trim();
        onSubmit({
          amount,
          currency: values.currency,
          ...(values.methodId ? { methodId: values.methodId } : {}),
          ...(when ? { approxTime: when.toISOString() } : {}),
          ...(reference ? { providerReference: reference } : {}),
          ...(signedIn ? {} : { email: values.email.trim() }),
        });
      }}
    >
      <ProblemAlert error={error} testId="trace-problem" />
      <div className="form__pair">
        <TextField
          label={t("payments.trace.amount")}
          value={values.amount}
          onChange={(event) => set({ amount: event.target.value })}
          error={(submitted && problems.amount) || server.amount}
          inputMode="decimal"
          autoComplete="off"
          testId="trace-amount"
          required
        />
        <SelectField
          label={t("payments.trace.currency")}
          value={values.currency}
          onChange={(event) => set({ currency: event.target.value, methodId: "" })}
          testId="trace-currency"
        >
          {codes.map((code) => (
            <option key={code} value={code}>
              {code} — {currencyName(code, lang)}
            </option>
          ))}
        </SelectField>
      </div>
      {methods.length > 0 && (
        <SelectField
          label={t("payments.trace.method")}
          optional
          value={values.methodId}
          onChange={(event) => set({ methodId: event.target.value })}
          testId="trace-method"
        >
          <option value="">{t("payments.trace.anyMethod")}</option>
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={t("payments.trace.when")}
        hint={t("payments.trace.whenHint")}
        optional
        type="datetime-local"
        value={values.approxTime}
        onChange={(event) => set({ approxTime: event.target.value })}
        error={(submitted && problems.approxTime) || server.approxTime}
        testId="trace-time"
      />
      <TextField
        label={t("payments.trace.reference")}
        hint={t("payments.trace.referenceHint")}
        optional
        value={values.providerReference}
        onChange={(event) => set({ providerReference: event.target.value })}
        error={server.providerReference}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        testId="trace-reference"
      />
      {!signedIn && (
        <TextField
          label={t("payments.trace.email")}
          hint={t("payments.trace.emailHint")}
          type="email"
          value={values.email}
          onChange={(event) => set({ email: event.target.value })}
          error={(submitted && problems.email) || server.email}
          autoComplete="email"
          testId="trace-email"
          required
        />
      )}
      <SubmitButton pending={pending} pendingLabel={t("payments.trace.searching")} testId="trace-submit">
        {t("payments.trace.submit")}
      </SubmitButton>
    </form>
  );
}

/**
 * The deposit methods to choose from: the customer's own (their region), or for a guest the
 * public policies' methods in that currency (a guest's region is unknown).
 */
function useTraceMethods(signedIn: boolean, currency: string): { id: string; name: string }[] {
  const own = useMethods("deposit", currency, signedIn);
  const policies = useQuery({
    queryKey: publicPaymentKeys.policies,
    queryFn: ({ signal }) => fetchPolicies(signal),
    enabled: !signedIn,
  });
  if (signedIn) return own.data ?? [];
  return (policies.data?.methods ?? []).filter(
    (m) => m.directions.includes("deposit") && m.currencies.includes(currency),
  );
}

const FINDING_ICONS: Record<TraceResult["finding"], IconName> = {
  credited: "check",
  pending_at_provider: "clock",
  awaiting_transfer: "clock",
  failed: "alert",
  expired: "clock",
  unmatched_received: "inbox",
  not_found: "compass",
  emailed: "mail",
  unknown: "info",
};

function TraceAnswer({ result }: { result: TraceResult }) {
  const { t } = useTranslation();
  const tone = result.finding === "credited" ? "ok" : result.finding === "failed" ? "danger" : "info";
  return (
    <section
      className={`card section-card trace-answer trace-answer--${tone}`}
      aria-live="polite"
      data-testid="trace-answer"
      data-finding={result.finding}
    >
      <h2 className="trace-answer__title">
        <Icon name={FINDING_ICONS[result.finding]} size={22} />
        <span data-testid="trace-finding">{t(`payments.trace.findings.${result.finding}`)}</span>
      </h2>
      {result.explanation && <p data-testid="trace-explanation">{result.explanation}</p>}
      {result.nextStep && (
        <p data-testid="trace-next-step">
          <strong>{t("payments.common.nextStep")}</strong> {result.nextStep}
        </p>
      )}
      {result.caseId && (
        <Alert tone="info" testId="trace-case">
          {t("payments.trace.caseOpened", { id: result.caseId })}
        </Alert>
      )}
      {result.deposit && (
        <Link
          to={`/deposits/${encodeURIComponent(result.deposit.id)}`}
          className="button button--primary"
          data-testid="trace-deposit-link"
        >
          {t("payments.trace.openDeposit")}
        </Link>
      )}
    </section>
  );
}
