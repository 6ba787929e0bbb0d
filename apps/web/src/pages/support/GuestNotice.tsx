import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { Alert } from "../../components/Form";
import { loginPath } from "../../lib/next";

/** Guests: what happens after sending (a link to confirm the address), and signing in instead. */
export function GuestNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Alert tone="info" title={t("support.form.guest.title")} testId="guest-notice">
      <p>{t("support.form.guest.body")}</p>
      <p>
        <Link to={loginPath(`${location.pathname}${location.search}`)}>{t("support.form.guest.signIn")}</Link>{" "}
        {t("support.form.guest.signInWhy")}
      </p>
    </Alert>
  );
}
