import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/Form";

export interface BankValues {
  accountHolder: string;
  bankName: string;
  useIban: boolean;
  accountNumber: string;
  iban: string;
  routingNumber: string;
  swift: string;
}

export const EMPTY_BANK: BankValues = {
  accountHolder: "",
  bankName: "",
  useIban: false,
  accountNumber: "",
  iban: "",
  routingNumber: "",
  swift: "",
};

type BankField = "accountHolder" | "bankName" | "accountNumber" | "iban" | "routingNumber" | "swift";
type BankProblem = "required" | "invalid";

const compact = (v: string) => v.replace(/[\s-]/g, "").toUpperCase();

/** ISO 13616 check digits (the same check as the server). */
export function ibanValid(value: string): boolean {
  const iban = compact(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** A US ABA routing number: nine digits with a weighted sum (3, 7, 1…) divisible by 10. */
export function routingNumberValid(value: string): boolean {
  const routing = compact(value);
  if (!/^\d{9}$/.test(routing)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...routing].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 10 === 0;
}

/** What is wrong with each bank field (only the wrong ones are present). */
export function bankProblems(v: BankValues): Partial<Record<BankField, BankProblem>> {
  const out: Partial<Record<BankField, BankProblem>> = {};
  if (v.accountHolder.trim().length < 2) out.accountHolder = "required";
  if (v.bankName.trim().length < 2) out.bankName = "required";
  if (v.useIban) {
    if (v.iban.trim() === "") out.iban = "required";
    else if (!ibanValid(v.iban)) out.iban = "invalid";
  } else if (v.accountNumber.trim() === "") out.accountNumber = "required";
  else if (!/^\d{4,34}$/.test(compact(v.accountNumber))) out.accountNumber = "invalid";
  if (v.routingNumber.trim() && !routingNumberValid(v.routingNumber)) out.routingNumber = "invalid";
  if (v.swift.trim() && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact(v.swift))) out.swift = "invalid";
  return out;
}

/** A bank account to withdraw to: holder, bank, account number or IBAN, and routing number or SWIFT where needed. */
export function BankFields({
  values,
  onChange,
  problems,
  server,
}: {
  values: BankValues;
  onChange: (values: BankValues) => void;
  problems: Partial<Record<BankField, BankProblem>>;
  server: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<BankValues>) => onChange({ ...values, ...change });
  const messages: Record<BankField, Record<BankProblem, string>> = {
    accountHolder: { required: t("payments.bankFields.problems.accountHolder"), invalid: "" },
    bankName: { required: t("payments.bankFields.problems.bankName"), invalid: "" },
    accountNumber: {
      required: t("payments.bankFields.problems.accountNumberRequired"),
      invalid: t("payments.bankFields.problems.accountNumberInvalid"),
    },
    iban: {
      required: t("payments.bankFields.problems.ibanRequired"),
      invalid: t("payments.bankFields.problems.ibanInvalid"),
    },
    routingNumber: { required: "", invalid: t("payments.bankFields.problems.routingNumber") },
    swift: { required: "", invalid: t("payments.bankFields.problems.swift") },
  };
  const error = (field: BankField) => {
    const p = problems[field];
    return (p ? messages[field][p] || null : null) ?? server[field] ?? null;
  };
  return (
    <fieldset className="bank-fields" data-testid="bank-fields">
      <legend className="field__label">{t("payments.bankFields.legend")}</legend>
      <TextField
        label={t("payments.bankFields.accountHolder")}
        hint={t("payments.bankFields.accountHolderHint")}
        value={values.accountHolder}
        onChange={(e) => set({ accountHolder: e.target.value })}
        error={error("accountHolder")}
        autoComplete="name"
        testId="bank-holder"
        required
      />
      <TextField
        label={t("payments.bankFields.bankName")}
        value={values.bankName}
        onChange={(e) => set({ bankName: e.target.value })}
        error={error("bankName")}
        testId="bank-name"
        required
      />
      <div className="segmented" role="radiogroup" aria-label={t("payments.bankFields.accountKind")}>
        <label>
          <input
            type="radio"
            name="bank-account-kind"
            checked={!values.useIban}
            onChange={() => set({ useIban: false })}
          />
          {t("payments.bankFields.accountNumber")}
        </label>
        <label>
          <input
            type="radio"
            name="bank-account-kind"
            checked={values.useIban}
            onChange={() => set({ useIban: true })}
          />
          {t("payments.bankFields.iban")}
        </label>
      </div>
      {values.useIban ? (
        <TextField
          label={t("payments.bankFields.iban")}
          value={values.iban}
          onChange={(e) => set({ iban: e.target.value.toUpperCase() })}
          error={error("iban")}
          autoComplete="off"
          spellCheck={false}
          testId="bank-iban"
          required
        />
      ) : (
        <TextField
          label={t("payments.bankFields.accountNumber")}
          value={values.accountNumber}
          onChange={(e) => set({ accountNumber: e.target.value })}
          error={error("accountNumber")}
          inputMode="numeric"
          autoComplete="off"
          testId="bank-account-number"
          required
        />
      )}
      <TextField
        label={t("payments.bankFields.routingNumber")}
        hint={t("payments.bankFields.routingHint")}
        optional
        value={values.routingNumber}
        onChange={(e) => set({ routingNumber: e.target.value })}
        error={error("routingNumber")}
        inputMode="numeric"
        testId="bank-routing"
      />
      <TextField
        label={t("payments.bankFields.swift")}
        hint={t("payments.bankFields.swiftHint")}
        optional
        value={values.swift}
        onChange={(e) => set({ swift: e.target.value.toUpperCase() })}
        error={error("swift")}
        testId="bank-swift"
      />
    </fieldset>
  );
}
