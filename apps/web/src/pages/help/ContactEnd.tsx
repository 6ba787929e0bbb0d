import { type RefObject, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { User } from "../../api/accounts";
import { CopyButton } from "../../components/CopyButton";
import { Icon } from "../../components/Icon";

/**
 * The form the customer was in is gone: focus goes to the confirmation's heading, so keyboard
 * and screen-reader users continue from there rather than from the top of the page.
 */
function useFocusOnShow(): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}

/** The question was answered by an article: nothing to send. (Shown inside the page's status region.) */
export function ContactResolved({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const heading = useFocusOnShow();
  return (
    <section className="card contact-end" data-testid="contact-resolved">
      <span className="contact-end__icon" aria-hidden="true">
        <Icon name="check" size={28} />
      </span>
      <h2 ref={heading} tabIndex={-1} data-testid="contact-end-heading">
        {t("helpCenter.contact.resolvedTitle")}
      </h2>
      <p className="muted">{t("helpCenter.contact.resolvedBody")}</p>
      <div className="button-row">
        <Link to="/help" className="button button--primary">
          {t("helpCenter.backHome")}
        </Link>
        {signedIn && (
          <Link to="/app" className="button">
            {t("helpCenter.contact.toDashboard")}
          </Link>
        )}
      </div>
    </section>
  );
}

/** The message went out: its reference and where the confirmation was sent. (Shown inside the page's status region.) */
export function ContactSent({ reference, email }: { reference: string; email: string | null }) {
  const { t } = useTranslation();
  const heading = useFocusOnShow();
  return (
    <section className="card contact-end" data-testid="contact-sent">
      <span className="contact-end__icon" aria-hidden="true">
        <Icon name="mail" size={28} />
      </span>
      <h2 ref={heading} tabIndex={-1} data-testid="contact-end-heading">
        {t("helpCenter.contact.sentTitle")}
      </h2>
      <p className="contact-end__reference">
        {t("helpCenter.contact.reference")}{" "}
        <strong className="mono" data-testid="contact-reference">
          {reference}
        </strong>{" "}
        <CopyButton text={reference} />
      </p>
      <p className="muted">
        {email ? t("helpCenter.contact.sentBodyEmail", { email }) : t("helpCenter.contact.sentBody")}
      </p>
      <div className="button-row">
        <Link to="/help" className="button button--primary">
          {t("helpCenter.backHome")}
        </Link>
      </div>
    </section>
  );
}

/** What a signed-in customer's message carries with it, so support does not have to ask. */
export function AttachedDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const twoFactor = user.twoFactor.totp || user.twoFactor.sms;
  return (
    <div className="contact-attached" data-testid="contact-attached">
      <p className="contact-attached__title">
        <Icon name="user" size={16} />
        {t("helpCenter.contact.attachedTitle")}
      </p>
      <dl className="contact-attached__list">
        <dt>{t("helpCenter.contact.attachedName")}</dt>
        <dd>{user.name ?? "—"}</dd>
        <dt>{t("helpCenter.contact.attachedEmail")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("helpCenter.contact.attachedWallet")}</dt>
        <dd className="mono">{user.walletNumber ?? "—"}</dd>
        <dt>{t("helpCenter.contact.attachedTwoFactor")}</dt>
        <dd>{twoFactor ? t("common.on") : t("common.off")}</dd>
      </dl>
      <p className="muted small">{t("helpCenter.contact.attachedMore")}</p>
    </div>
  );
}
