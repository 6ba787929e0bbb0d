import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { sendPhoneCode, type User, verifyPhone } from "../../api/accounts";
import { accountKeys, ME_KEY } from "../../auth/session";
import { Alert, CodeField, FormError, SubmitButton } from "../../components/Form";

/** Verifying the phone number with a texted code; `codeSent` when one was texted already. */
export function PhoneVerification({
  phone,
  codeSent,
  onVerified,
}: {
  phone: string;
  codeSent: boolean;
  onVerified: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(codeSent);
  const [code, setCode] = useState("");
  const send = useMutation({ mutationFn: sendPhoneCode, onSuccess: () => setSent(true) });
  const verify = useMutation({
    mutationFn: () => verifyPhone(code.replace(/\s+/g, "")),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      void queryClient.invalidateQueries({ queryKey: accountKeys.checkup });
      onVerified();
    },
  });

  if (!sent) {
    return (
      <>
        <p className="muted small">{t("profile.phone.body")}</p>
        <FormError error={send.error} />
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => send.mutate()}
          disabled={send.isPending}
          data-testid="phone-send-code"
        >
          {send.isPending ? t("profile.phone.sending") : t("profile.phone.send")}
        </button>
      </>
    );
  }
  return (
    <form
      className="form form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate();
      }}
      noValidate
    >
      <Alert tone="ok">
        {send.isSuccess ? t("profile.phone.sent") : t("profile.phone.savedSent", { phone })}
      </Alert>
      <FormError error={verify.error ?? send.error} context="phoneCode" />
      <CodeField
        label={t("profile.phone.code")}
        value={code}
        onChange={setCode}
        testId="phone-code"
        autoFocus
      />
      <div className="button-row">
        <SubmitButton
          pending={verify.isPending}
          pendingLabel={t("common.working")}
          disabled={code.trim() === ""}
          testId="phone-verify"
        >
          {t("profile.phone.verify")}
        </SubmitButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            verify.reset();
            send.mutate();
          }}
          disabled={send.isPending}
          data-testid="phone-resend-code"
        >
          {send.isPending ? t("profile.phone.sending") : t("profile.phone.resend")}
        </button>
      </div>
    </form>
  );
}
