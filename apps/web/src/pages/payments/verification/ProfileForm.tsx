import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { type ProfileInput, saveProfile, type Verification } from "../../../api/verification";
import { Alert, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { currentLanguage } from "../../../i18n";
import { countryOptions } from "../../../lib/countries";
import { paymentKeys } from "../shared/queries";

/** Validation problems by field path (`/address/city` → `address.city`). */
function pathErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const key = e.path.replace(/^\/+/, "").replace(/\//g, ".");
    if (key && !out[key]) out[key] = e.message;
  }
  return out;
}

/** Whole years since a YYYY-MM-DD date. */
function age(dateOfBirth: string, now = new Date()): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const had = now.getUTCMonth() + 1 > mo || (now.getUTCMonth() + 1 === mo && now.getUTCDate() >= d);
  return now.getUTCFullYear() - y - (had ? 0 : 1);
}

/** Step 1: legal name, date of birth and address (with a verified phone, this is level 1). */
export function ProfileForm({ verification, locked }: { verification: Verification; locked: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const p = verification.profile;
  const [values, setValues] = useState({
    legalName: p.legalName ?? "",
    dateOfBirth: p.dateOfBirth ?? "",
    line1: p.address?.line1 ?? "",
    line2: p.address?.line2 ?? "",
    city: p.address?.city ?? "",
    postalCode: p.address?.postalCode ?? "",
    country: p.address?.country ?? "",
  });
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: (input: ProfileInput) => saveProfile(input),
    onSuccess: (result) => queryClient.setQueryData(paymentKeys.verification, result),
  });
  const set = (change: Partial<typeof values>) => {
    if (save.isError || save.isSuccess) save.reset();
    setValues({ ...values, ...change });
  };
  const years = age(values.dateOfBirth);
  const problems: Record<string, string | null> = {
    legalName: values.legalName.trim().length < 2 ? t("payments.verification.profile.nameRequired") : null,
    dateOfBirth:
      years === null
        ? t("payments.verification.profile.dobRequired")
        : years < 18
          ? t("payments.verification.profile.dobUnderage")
          : years > 130
            ? t("payments.verification.profile.dobInvalid")
            : null,
    "address.line1": values.line1.trim() === "" ? t("payments.verification.profile.required") : null,
    "address.city": values.city.trim() === "" ? t("payments.verification.profile.required") : null,
    "address.postalCode":
      values.postalCode.trim() === "" ? t("payments.verification.profile.required") : null,
    "address.country": values.country === "" ? t("payments.verification.profile.required") : null,
  };
  const server = pathErrors(save.error);
  const error = (key: string) => (submitted ? problems[key] : null) || server[key] || null;

  return (
    <form
      id="kyc-profile"
      className="form card form-card"
      noValidate
      data-testid="kyc-profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.values(problems).some(Boolean)) return;
        const line2 = values.line2.trim();
        save.mutate({
          legalName: values.legalName.trim(),
          dateOfBirth: values.dateOfBirth,
          address: {
            line1: values.line1.trim(),
            ...(line2 ? { line2 } : {}),
            city: values.city.trim(),
            postalCode: values.postalCode.trim(),
            country: values.country,
          },
        });
      }}
    >
      <h2 className="form-card__title">{t("payments.verification.profile.title")}</h2>
      <p className="muted small">{t("payments.verification.profile.lead")}</p>
      {locked && <Alert tone="info">{t("payments.verification.lockedNote")}</Alert>}
      <ProblemAlert error={save.error} testId="kyc-profile-problem" />
      {save.isSuccess && (
        <Alert tone="ok" testId="kyc-profile-saved">
          {save.data.level >= 1
            ? t("payments.verification.profile.savedLevel1")
            : t("payments.verification.profile.saved")}
        </Alert>
      )}
      <fieldset disabled={locked} className="kyc-fieldset">
        <TextField
          label={t("payments.verification.profile.legalName")}
          hint={t("payments.verification.profile.legalNameHint")}
          value={values.legalName}
          onChange={(e) => set({ legalName: e.target.value })}
          error={error("legalName")}
          autoComplete="name"
          maxLength={200}
          testId="kyc-legal-name"
          required
        />
        <TextField
          label={t("payments.verification.profile.dateOfBirth")}
          type="date"
          value={values.dateOfBirth}
          onChange={(e) => set({ dateOfBirth: e.target.value })}
          error={error("dateOfBirth")}
          autoComplete="bday"
          testId="kyc-dob"
          required
        />
        <TextField
          label={t("payments.verification.profile.line1")}
          value={values.line1}
          onChange={(e) => set({ line1: e.target.value })}
          error={error("address.line1")}
          autoComplete="address-line1"
          maxLength={200}
          testId="kyc-line1"
          required
        />
        <TextField
          label={t("payments.verification.profile.line2")}
          optional
          value={values.line2}
          onChange={(e) => set({ line2: e.target.value })}
          error={error("address.line2")}
          autoComplete="address-line2"
          maxLength={200}
          testId="kyc-line2"
        />
        <div className="form__pair">
          <TextField
            label={t("payments.verification.profile.city")}
            value={values.city}
            onChange={(e) => set({ city: e.target.value })}
            error={error("address.city")}
            autoComplete="address-level2"
            maxLength={100}
            testId="kyc-city"
            required
          />
          <TextField
            label={t("payments.verification.profile.postalCode")}
            value={values.postalCode}
            onChange={(e) => set({ postalCode: e.target.value })}
            error={error("address.postalCode")}
            autoComplete="postal-code"
            maxLength={20}
            testId="kyc-postal-code"
            required
          />
        </div>
        <SelectField
          label={t("payments.verification.profile.country")}
          value={values.country}
          onChange={(e) => set({ country: e.target.value })}
          error={error("address.country")}
          autoComplete="country"
          testId="kyc-country"
          required
        >
          <option value="" disabled>
            {t("payments.verification.profile.countryPlaceholder")}
          </option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="kyc-profile-save">
          {t("payments.verification.profile.save")}
        </SubmitButton>
      </fieldset>
    </form>
  );
}
