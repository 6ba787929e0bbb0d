import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type User, updateMe } from "../../api/accounts";
import { ApiError } from "../../api/client";
import { useStepUp } from "../../auth/StepUp";
import { ACCOUNT_KEY, ME_KEY } from "../../auth/session";
import { useUser } from "../../auth/useUser";
import { ConfirmBox } from "../../components/ConfirmBox";
import { Alert, FormError, SubmitButton, TextField, VerifiedBadge } from "../../components/Form";
import { type ContactProblem, checkNewPhone } from "../../lib/contact";
import { CONTACT_PROBLEM_KEYS } from "./contactProblems";
import { PhoneVerification } from "./PhoneVerification";

type PhoneNotice =
  | { kind: "codeSent"; phone: string }
  | { kind: "pending"; phone: string }
  | { kind: "verified" }
  | { kind: "removed" };

/** The phone number: adding, changing, verifying and removing it. */
export function PhoneFacts() {
  const { t } = useTranslation();
  const user = useUser();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState("");
  const [problem, setProblem] = useState<ContactProblem | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<PhoneNotice | null>(null);

  const updated = (next: User) => {
    queryClient.setQueryData<User | null>(ME_KEY, next);
    // The checkup (phone verified) and the security log change too.
    void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
  };
  const save = useMutation({
    mutationFn: (number: string) => stepUp(() => updateMe({ phone: number })),
    onSuccess: (next, number) => {
      updated(next);
      setPhone("");
      setConfirmRemove(false);
      // Setting a number texts it a code at once: the code box is shown straight away. A verified
      // number stays until the new one confirms, so the code box is then for the new number.
      if (next.phone && !next.phoneVerified) setNotice({ kind: "codeSent", phone: next.phone });
      else if (next.phoneVerified && next.phone !== number) setNotice({ kind: "pending", phone: number });
      else setNotice(null);
    },
  });
  const remove = useMutation({
    mutationFn: () => stepUp(() => updateMe({ phone: null })),
    onSuccess: (next) => {
      updated(next);
      setPhone("");
      setConfirmRemove(false);
      save.reset();
      setNotice({ kind: "removed" });
    },
  });

  const code = save.error instanceof ApiError ? save.error.code : null;
  const fieldError = problem
    ? t(CONTACT_PROBLEM_KEYS.phone[problem])
    : code === "phone_already_registered"
      ? t("errors.codes.phone_already_registered")
      : code === "validation_failed"
        ? t("profile.phone.invalid")
        : null;
  const current = user.phone;

  return (
    <>
      <div className="facts__row" id="phone">
        <dt>{t("profile.contact.phone")}</dt>
        <dd>
          {current ? (
            <>
              <span className="facts__value" data-testid="profile-phone">
                {current}
              </span>
              <VerifiedBadge verified={user.phoneVerified} />
              {!confirmRemove && (
                <button
                  type="button"
                  className="button button--small button--danger facts__action"
                  onClick={() => {
                    remove.reset();
                    setConfirmRemove(true);
                  }}
                  data-testid="remove-phone"
                >
                  {t("profile.phone.remove")}
                </button>
              )}
            </>
          ) : (
            <span className="muted" data-testid="profile-no-phone">
              {t("profile.contact.noPhone")}
            </span>
          )}
        </dd>
      </div>
      <div className="facts__extra">
        {current && confirmRemove && (
          <ConfirmBox
            tone="danger"
            text={t(user.twoFactor.sms ? "profile.phone.removeConfirmSms" : "profile.phone.removeConfirm", {
              phone: current,
            })}
            confirmLabel={t("profile.phone.remove")}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate()}
            onCancel={() => {
              remove.reset();
              setConfirmRemove(false);
            }}
            testId="confirm-remove-phone"
          />
        )}
        {notice?.kind === "removed" && !current && <Alert tone="ok">{t("profile.phone.removed")}</Alert>}
        {notice?.kind === "verified" && current && user.phoneVerified && (
          <Alert tone="ok">{t("profile.phone.verified")}</Alert>
        )}
        {notice?.kind === "pending" && user.phoneVerified && (
          <PhoneVerification
            key={`pending-${notice.phone}`}
            phone={notice.phone}
            codeSent
            onVerified={() => setNotice({ kind: "verified" })}
          />
        )}
        {current && !user.phoneVerified && (
          <PhoneVerification
            key={current}
            phone={current}
            codeSent={notice?.kind === "codeSent" && notice.phone === current}
            onVerified={() => setNotice({ kind: "verified" })}
          />
        )}
        <form
          className="form form--row facts__form"
          onSubmit={(event) => {
            event.preventDefault();
            const check = checkNewPhone(phone, current);
            if (!check.ok) {
              setProblem(check.problem);
              return;
            }
            save.mutate(check.phone);
          }}
          noValidate
        >
          <TextField
            label={current ? t("profile.phone.newLabel") : t("profile.phone.addLabel")}
            hint={
              current && user.twoFactor.sms ? (
                <>
                  {t("profile.phone.hint")} {t("profile.phone.smsWarning")}
                </>
              ) : (
                t("profile.phone.hint")
              )
            }
            type="tel"
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value);
              setProblem(null);
              if (save.isError) save.reset();
            }}
            autoComplete="tel"
            inputMode="tel"
            placeholder="+8613800000000"
            maxLength={32}
            error={fieldError}
            testId="phone-input"
          />
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("common.saving")}
            disabled={phone.trim() === ""}
            testId="save-phone"
          >
            {current ? t("profile.phone.change") : t("profile.phone.add")}
          </SubmitButton>
        </form>
        {!fieldError && <FormError error={save.error} />}
      </div>
    </>
  );
}
