import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/client";
import { currentLanguage } from "../i18n";
import { useNow } from "../lib/hooks";
import { formatDateTime, formatRelative, parseDate } from "../lib/time";
import { Alert } from "./Form";
import { InlineArticle } from "./InlineArticle";

/** The end of an `account_locked` lock: a date, null when only support can unlock, undefined when not a lock. */
export function lockedUntil(error: unknown): Date | null | undefined {
  if (!(error instanceof ApiError) || error.code !== "account_locked") return undefined;
  const value = error.extensions.lockedUntil;
  return typeof value === "string" ? parseDate(value) : null;
}

/** What a locked account can do: wait until a time, or contact support; reset the password; the help article on locks. */
export function LockedNotice({
  until,
  helpArticle = "account-locked",
}: {
  until: Date | null;
  helpArticle?: string;
}) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const lang = currentLanguage();
  const over = until !== null && until.getTime() <= now;
  return (
    <Alert tone="danger" title={t("login.locked.title")} testId="account-locked">
      <p>
        {until === null
          ? t("login.locked.support")
          : over
            ? t("login.locked.over")
            : t("login.locked.until", {
                time: formatDateTime(until, lang, { dateStyle: "medium", timeStyle: "short" }),
                relative: formatRelative(until, now, lang, t("time.justNow")),
              })}
      </p>
      <p className="alert__links">
        <Link to="/forgot-password">{t("login.locked.reset")}</Link>
        <Link to="/help">{t("login.locked.help")}</Link>
      </p>
      <InlineArticle slug={helpArticle} />
    </Alert>
  );
}
