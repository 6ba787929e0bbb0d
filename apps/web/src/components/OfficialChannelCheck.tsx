import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkOfficialChannel } from "../api/officialChannels";
import { Alert, FormError, SubmitButton, TextField } from "./Form";

/**
 * "Is this really Satchel?": paste a link, email address, phone number or handle from a
 * message and learn whether it is one of the operator's official channels. Shown with the
 * help article on phishing and official channels and in the security center.
 */
export function OfficialChannelCheck() {
  const { t } = useTranslation();
  const [value, setValue] = useState("");
  const check = useMutation({ mutationFn: (text: string) => checkOfficialChannel(text) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) check.mutate(value.trim());
  };
  const answer = check.data;
  return (
    <section
      className="card official-check"
      aria-labelledby="official-check-title"
      data-testid="official-check"
    >
      <h2 id="official-check-title">{t("officialCheck.title")}</h2>
      <p>{t("officialCheck.lead")}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t("officialCheck.label")}
          hint={t("officialCheck.hint")}
          value={value}
          maxLength={2048}
          onChange={(event) => {
            setValue(event.target.value);
            check.reset();
          }}
          testId="official-check-input"
        />
        <SubmitButton pending={check.isPending} testId="official-check-submit">
          {t("officialCheck.submit")}
        </SubmitButton>
      </form>
      <FormError error={check.error} />
      {answer?.official && (
        <Alert tone="ok" title={t("officialCheck.officialTitle")} testId="official-check-yes">
          {t("officialCheck.officialBody", {
            label: answer.channel?.label ?? "",
            value: answer.channel?.value ?? "",
          })}
        </Alert>
      )}
      {answer && !answer.official && (
        <Alert tone="warning" title={t("officialCheck.notOfficialTitle")} testId="official-check-no">
          {t("officialCheck.notOfficialBody")}
        </Alert>
      )}
    </section>
  );
}
