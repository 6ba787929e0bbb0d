import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type AdminMethod, listAdminMethods } from "../../../api/staffPayments";
import { SelectField } from "../../../components/Form";
import { QueryState } from "../Feedback";
import { methodName } from "../methods/MethodTable";
import { staffKeys } from "../queries";

/** The bank-transfer methods statement lines can belong to (admins only: the catalogue is theirs). */
export function useBankMethods(enabled: boolean) {
  const query = useQuery({
    queryKey: staffKeys.methods,
    queryFn: ({ signal }) => listAdminMethods(signal),
    enabled,
  });
  return { ...query, bankMethods: (query.data ?? []).filter((m) => m.kind === "bank_transfer") };
}

/** Today as YYYY-MM-DD in the admin's own calendar (a statement's value date). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The bank method a line or a statement belongs to (the account the money reached). */
export function BankMethodSelect({
  methods,
  value,
  onChange,
  error,
  testId,
}: {
  methods: AdminMethod[];
  value: string;
  onChange: (methodId: string) => void;
  error?: string | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("staffPayments.bank.method")}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      {...(testId ? { testId } : {})}
    >
      {methods.map((m) => (
        <option key={m.id} value={m.id}>
          {methodName(m)}
        </option>
      ))}
    </SelectField>
  );
}

/** Loading, failed, or "there is no bank method yet" for the forms that need one. */
export function BankMethodsState({ methods }: { methods: ReturnType<typeof useBankMethods> }) {
  const { t } = useTranslation();
  return (
    <QueryState
      query={methods}
      isEmpty={methods.bankMethods.length === 0}
      errorTitle={t("staffPayments.bank.methodsError")}
      empty={t("staffPayments.bank.noBankMethods")}
    />
  );
}
