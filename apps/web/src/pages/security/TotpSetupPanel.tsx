import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { confirmTotp, type TotpSetup } from "../../api/accounts";
import { useStepUp } from "../../auth/StepUp";
import { CodeField, FormError, SubmitButton } from "../../components/Form";

export function TotpSetupPanel({
  setup,
  onCancel,
  onConfirmed,
}: {
  setup: TotpSetup;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const [code, setCode] = useState("");
  const confirm = useMutation({
    mutationFn: () => stepUp(() => confirmTotp(code.replace(/\s+/g, ""))),
    onSuccess: onConfirmed,
  });
  // Shown in groups of four so it can be read and typed without losing one's place; the groups are
  // spaced by CSS, so the text (and what is copied) is exactly the secret.
  const groups = setup.secret.match(/.{1,4}/g) ?? [setup.secret];
  return (
    <div className="totp-setup" data-testid="totp-setup">
      <ol className="steps">
        <li>
          <h4>{t("security.totp.step1")}</h4>
          <p className="muted">{t("security.totp.step1Body")}</p>
        </li>
        <li>
          <h4>{t("security.totp.step2")}</h4>
          <div className="totp-setup__qr">
            {setup.qrCode && (
              <img src={setup.qrCode} width={200} height={200} alt={t("security.totp.qrAlt")} />
            )}
            <div className="totp-setup__secret">
              <p className="muted small">{t("security.totp.manual")}</p>
              <code className="secret" data-testid="totp-secret">
                {groups.map((group, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the groups are positions in one fixed string
                  <span key={index}>{group}</span>
                ))}
              </code>
              {setup.otpauthUrl.startsWith("otpauth://") && (
                <a className="small" href={setup.otpauthUrl}>
                  {t("security.totp.openApp")}
                </a>
              )}
            </div>
          </div>
        </li>
        <li>
          <h4>{t("security.totp.step3")}</h4>
          <form
            className="form form--inline"
            onSubmit={(event) => {
              event.preventDefault();
              confirm.mutate();
            }}
            noValidate
          >
            <FormError error={confirm.error} context="totpConfirm" />
            <CodeField
              label={t("security.totp.code")}
              value={code}
              onChange={setCode}
              testId="totp-code"
              autoFocus
            />
            <div className="button-row">
              <SubmitButton
                pending={confirm.isPending}
                pendingLabel={t("common.working")}
                testId="totp-confirm"
                disabled={code.replace(/\s+/g, "").length < 6}
              >
                {t("security.totp.confirm")}
              </SubmitButton>
              <button type="button" className="button" onClick={onCancel}>
                {t("common.cancel")}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
