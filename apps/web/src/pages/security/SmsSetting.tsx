import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { disableSmsCodes, enableSmsCodes, type User } from "../../api/accounts";
import { useStepUp } from "../../auth/StepUp";
import { FormError } from "../../components/Form";
import { StatePill } from "../../components/Section";
import { useRefreshAccount } from "./useRefreshAccount";

export function SmsSetting({ user }: { user: User }) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const refresh = useRefreshAccount();
  const toggle = useMutation({
    mutationFn: (on: boolean) => stepUp(on ? enableSmsCodes : disableSmsCodes),
    onSuccess: refresh,
  });
  const on = user.twoFactor.sms;
  const phoneReady = Boolean(user.phone && user.phoneVerified);
  return (
    <div className="setting setting--sub">
      <div className="setting__text">
        <h3>
          {t("security.sms.title")} <span className="badge badge--warning">{t("security.sms.weaker")}</span>{" "}
          <StatePill on={on} onLabel={t("common.on")} offLabel={t("common.off")} />
        </h3>
        <p className="muted">{t("security.sms.body")}</p>
        {!on && !phoneReady && (
          <p className="small">
            {user.phone ? t("security.sms.needsVerified") : t("security.sms.needsPhone")}{" "}
            {user.phone && <Link to="/app/profile#phone">{t("security.sms.verifyPhone")}</Link>}
          </p>
        )}
        <FormError error={toggle.error} />
      </div>
      <div className="setting__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => toggle.mutate(!on)}
          disabled={toggle.isPending || (!on && !phoneReady)}
          data-testid={on ? "disable-sms" : "enable-sms"}
        >
          {toggle.isPending ? t("common.working") : on ? t("security.sms.turnOff") : t("security.sms.turnOn")}
        </button>
      </div>
    </div>
  );
}
