import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changePassword } from "../../api/accounts";
import { ApiError } from "../../api/client";
import { ACCOUNT_KEY } from "../../auth/session";
import { useUser } from "../../auth/useUser";
import { Alert, FormError, SubmitButton } from "../../components/Form";
import { PasswordField } from "../../components/PasswordField";
import { Section } from "../../components/Section";
import { reasonKey, weakPasswordReasons } from "../../lib/passwordStrength";

export function PasswordSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      // Other sessions were signed out.
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
  });
  const error = change.error;
  const code = error instanceof ApiError ? error.code : null;
  const weak =
    error instanceof ApiError && code === "weak_password"
      ? [
          t("errors.codes.weak_password"),
          ...weakPasswordReasons(error.errors).flatMap((r) => {
            const key = reasonKey(r);
            return key ? [t(key)] : [];
          }),
        ].join(" ")
      : null;

  return (
    <Section
      id="password"
      icon="lock"
      title={t("profile.password.title")}
      description={t("profile.password.lead")}
    >
      <form
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
        noValidate
      >
        {change.isSuccess && <Alert tone="ok">{t("profile.password.changed")}</Alert>}
        {code !== "weak_password" && <FormError error={error} context="currentPassword" />}
        <PasswordField
          label={t("profile.password.current")}
          value={current}
          onChange={(v) => {
            setCurrent(v);
            if (change.isSuccess) change.reset();
          }}
          autoComplete="current-password"
          testId="current-password"
        />
        <PasswordField
          label={t("profile.password.new")}
          value={next}
          onChange={(v) => {
            setNext(v);
            if (change.isSuccess) change.reset();
          }}
          autoComplete="new-password"
          testId="new-password"
          error={weak}
          strength={{ email: user.email, name: user.name, phone: user.phone }}
        />
        <SubmitButton
          pending={change.isPending}
          pendingLabel={t("common.saving")}
          disabled={current === "" || next === ""}
          testId="change-password"
        >
          {t("profile.password.submit")}
        </SubmitButton>
      </form>
    </Section>
  );
}
