import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { disableTotp, regenerateRecoveryCodes, startTotp, type TotpSetup } from "../../api/accounts";
import { useStepUp } from "../../auth/StepUp";
import { useUser } from "../../auth/useUser";
import { ConfirmBox } from "../../components/ConfirmBox";
import { FormError } from "../../components/Form";
import { RecoveryCodes } from "../../components/RecoveryCodes";
import { Section, StatePill } from "../../components/Section";
import { SmsSetting } from "./SmsSetting";
import { TotpSetupPanel } from "./TotpSetupPanel";
import { useRefreshAccount } from "./useRefreshAccount";

type TwoFactorPhase =
  | { kind: "idle" }
  | { kind: "setup"; setup: TotpSetup }
  | { kind: "codes"; codes: string[] }
  | { kind: "confirmOff" }
  | { kind: "confirmRegenerate" };

export function TwoFactorSection() {
  const { t } = useTranslation();
  const user = useUser();
  const stepUp = useStepUp();
  const refresh = useRefreshAccount();
  const [phase, setPhase] = useState<TwoFactorPhase>({ kind: "idle" });

  const start = useMutation({
    mutationFn: () => stepUp(startTotp),
    onSuccess: (setup) => setPhase({ kind: "setup", setup }),
  });
  const turnOff = useMutation({
    mutationFn: () => stepUp(disableTotp),
    onSuccess: () => {
      setPhase({ kind: "idle" });
      refresh();
    },
  });
  const regenerate = useMutation({
    mutationFn: () => stepUp(regenerateRecoveryCodes),
    onSuccess: (codes) => {
      setPhase({ kind: "codes", codes });
      refresh();
    },
  });
  const totp = user.twoFactor.totp;
  const actionError = start.error ?? turnOff.error ?? regenerate.error;

  return (
    <Section
      id="two-factor"
      icon="key"
      title={t("security.twoFactor.title")}
      description={t("security.twoFactor.lead")}
    >
      <div className="setting">
        <div className="setting__text">
          <h3>
            {t("security.twoFactor.app")}{" "}
            <StatePill on={totp} onLabel={t("common.on")} offLabel={t("common.off")} />
          </h3>
          <p className="muted">{t("security.twoFactor.appBody")}</p>
          {totp && (
            <p className="small" data-testid="recovery-left">
              {t("security.twoFactor.codesLeft", { n: user.twoFactor.recoveryCodesLeft })}
            </p>
          )}
        </div>
        {phase.kind === "idle" && (
          <div className="setting__actions">
            {totp ? (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPhase({ kind: "confirmRegenerate" })}
                  data-testid="regenerate-codes"
                >
                  {t("security.twoFactor.regenerate")}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => setPhase({ kind: "confirmOff" })}
                  data-testid="disable-totp"
                >
                  {t("security.twoFactor.turnOff")}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() => start.mutate()}
                disabled={start.isPending}
                data-testid="enable-totp"
              >
                {start.isPending ? t("common.working") : t("security.twoFactor.turnOn")}
              </button>
            )}
          </div>
        )}
      </div>

      {phase.kind === "idle" && <FormError error={actionError} />}

      {phase.kind === "setup" && (
        <TotpSetupPanel
          setup={phase.setup}
          onCancel={() => setPhase({ kind: "idle" })}
          onConfirmed={(codes) => {
            setPhase({ kind: "codes", codes });
            refresh();
          }}
        />
      )}

      {phase.kind === "codes" && (
        <RecoveryCodes codes={phase.codes} email={user.email} onDone={() => setPhase({ kind: "idle" })} />
      )}

      {phase.kind === "confirmOff" && (
        <ConfirmBox
          tone="danger"
          text={t("security.twoFactor.turnOffConfirm")}
          confirmLabel={t("security.twoFactor.turnOff")}
          pending={turnOff.isPending}
          error={turnOff.error}
          onConfirm={() => turnOff.mutate()}
          onCancel={() => {
            turnOff.reset();
            setPhase({ kind: "idle" });
          }}
          testId="confirm-disable-totp"
        />
      )}

      {phase.kind === "confirmRegenerate" && (
        <ConfirmBox
          tone="warning"
          text={t("security.twoFactor.regenerateConfirm")}
          confirmLabel={t("security.twoFactor.regenerate")}
          pending={regenerate.isPending}
          error={regenerate.error}
          onConfirm={() => regenerate.mutate()}
          onCancel={() => {
            regenerate.reset();
            setPhase({ kind: "idle" });
          }}
          testId="confirm-regenerate"
        />
      )}

      <SmsSetting user={user} />
    </Section>
  );
}
