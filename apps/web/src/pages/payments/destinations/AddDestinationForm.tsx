import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import {
  addDestination,
  type DestinationDetails,
  type DestinationInput,
  type PaymentMethod,
  type PayoutDestination,
} from "../../../api/payments";
import { SelectField, SubmitButton, TextField } from "../../../components/Form";
import { type CardFormValues, checkCard } from "../../../lib/card";
import { CardFields } from "../shared/CardFields";
import { PaymentProblemAlert } from "../shared/PaymentProblemAlert";
import { paymentKeys } from "../shared/queries";
import { SecondFactorField } from "../shared/SecondFactorField";
import { BankFields, type BankValues, bankProblems, EMPTY_BANK } from "./BankFields";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+[1-9]\d{7,14}$/;

/** The field a payout_details_invalid or incorrect_card_details error names, from `/details/<field>`. */
export function detailErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const field = /^\/details\/(\w+)/.exec(e.path)?.[1];
    if (field && !out[field]) out[field] = e.message;
  }
  return out;
}

/**
 * Saving a place to withdraw to: the method (only those that pay out where the customer
 * lives), then the fields of its kind, checked as they are typed, and the second-factor code.
 * A new destination can be used only after a waiting period, which the answer states.
 */
export function AddDestinationForm({
  methods,
  onAdded,
}: {
  methods: PaymentMethod[];
  onAdded: (destination: PayoutDestination) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const usable = methods.filter((m) => m.state !== "paused");
  const [methodId, setMethodId] = useState(usable[0]?.id ?? "");
  const [label, setLabel] = useState("");
  const [bank, setBank] = useState<BankValues>(EMPTY_BANK);
  const [card, setCard] = useState<CardFormValues>({ number: "", expiry: "", cvc: "" });
  const [account, setAccount] = useState("");
  const [code, setCode] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const add = useMutation({
    mutationFn: (input: DestinationInput) => addDestination(input),
    onSuccess: (destination) => {
      void queryClient.invalidateQueries({ queryKey: paymentKeys.destinations });
      setSubmitted(false);
      setBank(EMPTY_BANK);
      setCard({ number: "", expiry: "", cvc: "" });
      setAccount("");
      setLabel("");
      setCode("");
      onAdded(destination);
    },
    onError: () => {
      setCode(""); // a code is used once, accepted or not
      setSubmitted(false); // the answer is shown; "enter a code" waits for the next try
    },
  });

  const method = usable.find((m) => m.id === methodId) ?? null;
  const checked = checkCard(card, new Date());
  const bankCheck = bankProblems(bank);
  const accountText = account.trim();
  const accountProblem =
    accountText === "" || EMAIL.test(accountText) || PHONE.test(accountText.replace(/[\s()-]/g, ""))
      ? accountText === ""
        ? t("payments.destinations.accountRequired")
        : null
      : t("payments.destinations.accountInvalid");
  const server = detailErrors(add.error);
  const codeError = code.trim() === "" ? t("payments.twoFactor.required") : null;
  const change = (apply: () => void) => {
    if (add.isError) add.reset();
    apply();
  };

  const details = (): DestinationDetails | null => {
    if (!method) return null;
    if (method.kind === "card") {
      if (!checked.card) return null;
      return checked.card;
    }
    if (method.kind === "ewallet") return accountProblem ? null : { account: accountText };
    if (Object.values(bankCheck).some(Boolean)) return null;
    return {
      accountHolder: bank.accountHolder.trim(),
      bankName: bank.bankName.trim(),
      ...(bank.useIban ? { iban: bank.iban.trim() } : { accountNumber: bank.accountNumber.trim() }),
      ...(bank.routingNumber.trim() ? { routingNumber: bank.routingNumber.trim() } : {}),
      ...(bank.swift.trim() ? { swift: bank.swift.trim() } : {}),
    };
  };

  return (
    <form
      className="form card form-card"
      noValidate
      data-testid="destination-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        const body = details();
        if (!method || !body || codeError) return;
        const name = label.trim();
        add.mutate({
          methodId: method.id,
          details: body,
          code: code.replace(/\s+/g, ""),
          ...(name ? { label: name } : {}),
        });
      }}
    >
      <h2 className="form-card__title">{t("payments.destinations.addTitle")}</h2>
      <PaymentProblemAlert error={add.error} testId="destination-problem" />
      <SelectField
        label={t("payments.destinations.method")}
        value={methodId}
        onChange={(event) => change(() => setMethodId(event.target.value))}
        testId="destination-method"
      >
        {usable.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      {method?.kind === "bank_transfer" && (
        <BankFields
          values={bank}
          onChange={(next) => change(() => setBank(next))}
          problems={submitted ? bankCheck : {}}
          server={server}
        />
      )}
      {method?.kind === "card" && (
        <CardFields
          values={card}
          onChange={(next) => change(() => setCard(next))}
          brand={checked.brand}
          problems={checked.problems}
          submitted={submitted}
          serverError={add.error}
          testIdPrefix="destination-card"
        />
      )}
      {method?.kind === "ewallet" && (
        <TextField
          label={t("payments.destinations.account")}
          hint={t("payments.destinations.accountHint", { method: method.name })}
          value={account}
          onChange={(event) => change(() => setAccount(event.target.value))}
          error={(submitted && accountProblem) || server.account}
          autoComplete="off"
          spellCheck={false}
          testId="destination-account"
          required
        />
      )}
      <TextField
        label={t("payments.destinations.label")}
        hint={t("payments.destinations.labelHint")}
        optional
        value={label}
        onChange={(event) => change(() => setLabel(event.target.value))}
        maxLength={60}
        testId="destination-label"
      />
      <SecondFactorField
        value={code}
        onChange={(value) => change(() => setCode(value))}
        error={submitted ? codeError : null}
        serverError={add.error}
        testId="destination-code"
      />
      <p className="form__note muted small">{t("payments.destinations.holdNote")}</p>
      <SubmitButton
        pending={add.isPending}
        pendingLabel={t("common.saving")}
        testId="destination-submit"
        disabled={!method}
      >
        {t("payments.destinations.save")}
      </SubmitButton>
    </form>
  );
}
