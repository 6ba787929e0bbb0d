import { useMutation } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { reauthenticate, sendReauthSms, type User } from "../api/accounts";
import { Dialog } from "../components/Dialog";
import { CodeField, FormError, SubmitButton } from "../components/Form";
import { PasswordField } from "../components/PasswordField";
import { runWithStepUp } from "./stepUp";

type Confirm = () => Promise<boolean>;

const StepUpContext = createContext<Confirm | null>(null);

/**
 * Lets sensitive actions ask "confirm it's you" when the server answers `step_up_required`.
 * One dialog serves every action; actions that need it at the same time share one confirmation.
 */
export function StepUpProvider({ user, children }: { user: User; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pending = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);

  const confirm = useCallback<Confirm>(() => {
    if (pending.current) return pending.current.promise;
    let resolve: (ok: boolean) => void = () => {};
    const promise = new Promise<boolean>((r) => {
      resolve = r;
    });
    pending.current = { promise, resolve };
    setOpen(true);
    return promise;
  }, []);

  const finish = (ok: boolean) => {
    pending.current?.resolve(ok);
    pending.current = null;
    setOpen(false);
  };

  return (
    <StepUpContext.Provider value={confirm}>
      {children}
      <StepUpDialog open={open} user={user} onConfirmed={() => finish(true)} onCancel={() => finish(false)} />
    </StepUpContext.Provider>
  );
}

/** Wraps an action so that a `step_up_required` answer asks for confirmation, then retries it once. */
export function useStepUp() {
  const confirm = useContext(StepUpContext);
  return useCallback(
    <T,>(action: () => Promise<T>): Promise<T> => runWithStepUp(action, confirm ?? (async () => false)),
    [confirm],
  );
}

function StepUpDialog({
  open,
  user,
  onConfirmed,
  onCancel,
}: {
  open: boolean;
  user: User;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t("stepUp.title")} onClose={onCancel} testId="step-up-dialog">
      {open && <StepUpForm user={user} onConfirmed={onConfirmed} onCancel={onCancel} />}
    </Dialog>
  );
}

function StepUpForm({
  user,
  onConfirmed,
  onCancel,
}: {
  user: User;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // With a second factor on, the server takes only a code: the password alone is not a second proof.
  const smsOnly = user.twoFactor.sms && !user.twoFactor.totp;
  const method: "password" | "code" = user.twoFactor.totp || user.twoFactor.sms ? "code" : "password";
  const sendSms = useMutation({ mutationFn: sendReauthSms });
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const mutation = useMutation({
    mutationFn: () =>
      reauthenticate(method === "password" ? { password } : { code: code.replace(/\s+/g, "") }),
    onSuccess: onConfirmed,
  });

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
    >
      <p className="muted">
        {method === "password"
          ? t("stepUp.bodyPassword")
          : smsOnly
            ? t("stepUp.bodySms")
            : t("stepUp.bodyCode")}
      </p>
      <FormError error={mutation.error ?? sendSms.error} context="reauth" />
      {sendSms.isSuccess && <p className="muted small">{t("stepUp.smsSent")}</p>}
      {method === "password" ? (
        <PasswordField
          label={t("stepUp.password")}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          testId="stepup-password"
          autoFocus
        />
      ) : (
        <CodeField
          label={t("stepUp.code")}
          hint={t("stepUp.codeHint")}
          value={code}
          onChange={setCode}
          testId="stepup-code"
          recovery
          autoFocus
        />
      )}
      {smsOnly && (
        <button
          type="button"
          className="link-button"
          onClick={() => sendSms.mutate()}
          disabled={sendSms.isPending}
          data-testid="stepup-send-sms"
        >
          {t("stepUp.sendSms")}
        </button>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <SubmitButton
          pending={mutation.isPending}
          pendingLabel={t("stepUp.confirming")}
          testId="stepup-submit"
        >
          {t("stepUp.confirm")}
        </SubmitButton>
      </div>
    </form>
  );
}
