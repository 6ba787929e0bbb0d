import {
  type AdminMethod,
  METHOD_DIRECTIONS,
  METHOD_KINDS,
  type MethodDirection,
  type MethodKind,
  type MethodSettings,
  type MethodState,
} from "../../../api/staffPayments";
import { normalizeAmountInput } from "../../../lib/money";
import { splitCodes } from "../format";

/** What the method form holds while an admin types: text as typed, checked on save. */
export interface MethodDraft {
  id: string;
  kind: MethodKind;
  provider: string;
  nameEn: string;
  nameZh: string;
  direction: MethodDirection;
  countries: string;
  currencies: string;
  minAmount: string;
  maxAmount: string;
  feeFixed: string;
  feePercent: string;
  processingTime: string;
  depositLevel: number;
  withdrawalLevel: number;
  state: MethodState;
}

/** The fields of the form, named by their path in the API body (so server field errors land on them). */
export type DraftField =
  | "id"
  | "provider"
  | "name/en"
  | "name/zh-CN"
  | "countries"
  | "currencies"
  | "minAmount"
  | "maxAmount"
  | "feeFixed"
  | "feePercent";

export type DraftProblem =
  | "required"
  | "idFormat"
  | "idTaken"
  | "countryFormat"
  | "currencyFormat"
  | "usdFormat"
  | "percentFormat"
  | "maxBelowMin";

export const EMPTY_DRAFT: MethodDraft = {
  id: "",
  kind: METHOD_KINDS[0],
  provider: "card_sim",
  nameEn: "",
  nameZh: "",
  direction: METHOD_DIRECTIONS[2],
  countries: "*",
  currencies: "USD",
  minAmount: "1.00",
  maxAmount: "1000.00",
  feeFixed: "0.00",
  feePercent: "0",
  processingTime: "instant",
  depositLevel: 0,
  withdrawalLevel: 1,
  state: "active",
};

export function draftOf(method: AdminMethod): MethodDraft {
  return {
    id: method.id,
    kind: method.kind,
    provider: method.provider,
    nameEn: method.name.en,
    nameZh: method.name["zh-CN"],
    direction: method.direction,
    countries: method.countries.join(", "),
    currencies: method.currencies.join(", "),
    minAmount: method.minAmount,
    maxAmount: method.maxAmount,
    feeFixed: method.feeFixed,
    feePercent: method.feePercent,
    processingTime: method.processingTime,
    depositLevel: method.depositLevel,
    withdrawalLevel: method.withdrawalLevel,
    state: method.state,
  };
}

const USD = /^\d{1,10}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,2}(\.\d{1,4})?$/;

function cents(value: string): bigint {
  const [whole = "0", fraction = ""] = value.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** The same rules the server applies, checked before sending so each field says what is wrong. */
export function draftProblems(
  draft: MethodDraft,
  creating: boolean,
  takenIds: readonly string[] = [],
): Partial<Record<DraftField, DraftProblem>> {
  const out: Partial<Record<DraftField, DraftProblem>> = {};
  if (creating) {
    if (!draft.id.trim()) out.id = "required";
    else if (!/^[a-z][a-z0-9_]{1,39}$/.test(draft.id.trim())) out.id = "idFormat";
    // The server would only say "conflict": an id already in the catalogue is named here.
    else if (takenIds.includes(draft.id.trim())) out.id = "idTaken";
  }
  if (!draft.provider.trim()) out.provider = "required";
  if (!draft.nameEn.trim()) out["name/en"] = "required";
  if (!draft.nameZh.trim()) out["name/zh-CN"] = "required";
  const countries = splitCodes(draft.countries);
  if (countries.length === 0) out.countries = "required";
  else if (!countries.every((c) => /^([A-Z]{2}|\*)$/.test(c))) out.countries = "countryFormat";
  const currencies = splitCodes(draft.currencies);
  if (currencies.length === 0) out.currencies = "required";
  else if (!currencies.every((c) => /^[A-Z]{3}$/.test(c))) out.currencies = "currencyFormat";
  for (const field of ["minAmount", "maxAmount", "feeFixed"] as const) {
    const value = normalizeAmountInput(draft[field]);
    if (!value) out[field] = "required";
    else if (!USD.test(value)) out[field] = "usdFormat";
  }
  const percent = normalizeAmountInput(draft.feePercent);
  if (!percent) out.feePercent = "required";
  else if (!PERCENT.test(percent)) out.feePercent = "percentFormat";
  if (!out.minAmount && !out.maxAmount) {
    if (cents(normalizeAmountInput(draft.maxAmount)) < cents(normalizeAmountInput(draft.minAmount)))
      out.maxAmount = "maxBelowMin";
  }
  return out;
}

/** The API body of a checked draft (everything but the maintenance window, which has its own form). */
export function settingsOf(draft: MethodDraft): Omit<MethodSettings, "maintenance"> {
  return {
    kind: draft.kind,
    provider: draft.provider.trim(),
    name: { en: draft.nameEn.trim(), "zh-CN": draft.nameZh.trim() },
    direction: draft.direction,
    countries: splitCodes(draft.countries),
    currencies: splitCodes(draft.currencies),
    minAmount: normalizeAmountInput(draft.minAmount),
    maxAmount: normalizeAmountInput(draft.maxAmount),
    feeFixed: normalizeAmountInput(draft.feeFixed),
    feePercent: normalizeAmountInput(draft.feePercent),
    processingTime: draft.processingTime,
    depositLevel: draft.depositLevel,
    withdrawalLevel: draft.withdrawalLevel,
    state: draft.state,
  };
}
