import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type User, updateMe } from "../../api/accounts";
import { ACCOUNT_KEY, ME_KEY } from "../../auth/session";
import { useUser } from "../../auth/useUser";
import { Alert, FormError, SubmitButton, TextField } from "../../components/Form";
import { Section, StatePill } from "../../components/Section";
import { fieldErrors } from "../../lib/errors";

export function AntiPhishingSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(user.antiPhishingCode ?? "");
  const save = useMutation({
    mutationFn: () => updateMe({ antiPhishingCode: value.trim() || null }),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      setValue(updated.antiPhishingCode ?? "");
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
  });
  const current = user.antiPhishingCode;
  const changed = value.trim() !== (current ?? "");
  const fields = fieldErrors(save.error);

  return (
    <Section
      id="anti-phishing"
      icon="mail"
      title={t("security.antiPhishing.title")}
      description={t("security.antiPhishing.lead")}
      status={
        <StatePill
          on={Boolean(current)}
          onLabel={t("security.antiPhishing.set")}
          offLabel={t("security.antiPhishing.notSet")}
        />
      }
    >
      {current && (
        <figure className="email-preview">
          <figcaption className="visually-hidden">{t("security.antiPhishing.previewLabel")}</figcaption>
          <span className="email-preview__from">Satchel</span>
          <span className="email-preview__code">
            {t("security.antiPhishing.previewLine")}{" "}
            <strong data-testid="anti-phishing-current">{current}</strong>
          </span>
        </figure>
      )}
      <form
        className="form form--row"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <TextField
          label={current ? t("security.antiPhishing.change") : t("security.antiPhishing.choose")}
          hint={t("security.antiPhishing.hint")}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            save.reset();
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          error={fields.antiPhishingCode}
          testId="anti-phishing-input"
        />
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t("common.saving")}
          disabled={!changed}
          testId="anti-phishing-save"
        >
          {value.trim() === "" && current ? t("security.antiPhishing.remove") : t("common.save")}
        </SubmitButton>
      </form>
      {save.isSuccess && <Alert tone="ok">{t("security.antiPhishing.saved")}</Alert>}
      {!fields.antiPhishingCode && <FormError error={save.error} />}
    </Section>
  );
}
