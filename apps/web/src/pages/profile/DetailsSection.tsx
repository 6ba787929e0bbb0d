import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type User, updateMe } from "../../api/accounts";
import { ACCOUNT_KEY, ME_KEY } from "../../auth/session";
import { useUser } from "../../auth/useUser";
import { Alert, FormError, SelectField, SubmitButton, TextField } from "../../components/Form";
import { Section } from "../../components/Section";
import { currentLanguage, type Language, setLanguage } from "../../i18n";
import { isLanguage, SUPPORTED_LANGUAGES } from "../../i18n/detect";
import { countryOptions } from "../../lib/countries";
import { fieldErrors } from "../../lib/errors";
import { LANGUAGE_LABEL_KEYS } from "../../lib/languages";

export function DetailsSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const lang = currentLanguage();
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const [name, setName] = useState(user.name ?? "");
  const [country, setCountry] = useState(user.country ?? "");
  const [language, setLanguageChoice] = useState<Language>(isLanguage(user.language) ? user.language : lang);

  const save = useMutation({
    mutationFn: () => updateMe({ name: name.trim() || null, ...(country ? { country } : {}), language }),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
      // The account's language is also the interface's.
      if (isLanguage(updated.language) && updated.language !== currentLanguage())
        void setLanguage(updated.language);
    },
  });
  const fields = fieldErrors(save.error);
  const changed =
    name.trim() !== (user.name ?? "") ||
    (country !== "" && country !== (user.country ?? "")) ||
    language !== user.language;

  return (
    <Section
      id="details"
      icon="user"
      title={t("profile.details.title")}
      description={t("profile.details.lead")}
    >
      <form
        className="form form--grid"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <TextField
          label={t("profile.details.name")}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            save.reset();
          }}
          autoComplete="name"
          maxLength={200}
          error={fields.name}
          testId="profile-name"
        />
        <SelectField
          label={t("profile.details.country")}
          value={country}
          onChange={(event) => {
            setCountry(event.target.value);
            save.reset();
          }}
          autoComplete="country"
          error={fields.country}
          testId="profile-country"
        >
          {country === "" && (
            <option value="" disabled>
              {t("signup.countryPlaceholder")}
            </option>
          )}
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("profile.details.language")}
          hint={t("profile.details.languageHint")}
          value={language}
          onChange={(event) => {
            setLanguageChoice(event.target.value as Language);
            save.reset();
          }}
          error={fields.language}
          testId="profile-language"
        >
          {SUPPORTED_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(LANGUAGE_LABEL_KEYS[l])}
            </option>
          ))}
        </SelectField>
        <div className="form__full">
          {save.isSuccess && <Alert tone="ok">{t("profile.details.saved")}</Alert>}
          {Object.keys(fields).length === 0 && <FormError error={save.error} />}
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("common.saving")}
            disabled={!changed}
            testId="profile-save"
          >
            {t("common.save")}
          </SubmitButton>
        </div>
      </form>
    </Section>
  );
}
