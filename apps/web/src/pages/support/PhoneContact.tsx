import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PhoneOptions } from "../../api/phone";
import { useMe } from "../../auth/hooks";
import { Icon } from "../../components/Icon";
import { CallbackRequest } from "./CallbackRequest";
import "./phone-contact.css";

/**
 * The contact page's phone part: each line with its hours (a tel: link, so a phone dials it),
 * then "Request a callback" for signed-in customers, or a sign-in prompt for guests.
 */
export function PhoneContact({ phone }: { phone: PhoneOptions }) {
  const { t } = useTranslation();
  const { status } = useMe();
  if (phone.lines.length === 0 && !phone.callbacks) return null;
  return (
    <section className="phone-contact" aria-labelledby="phone-title" data-testid="phone-contact">
      <div className="card phone-lines">
        <div className="channel-card__head">
          <span className="channel-card__icon" aria-hidden="true">
            <Icon name="phone" size={22} />
          </span>
          <h3 id="phone-title">{t("phone.lines.title")}</h3>
        </div>
        <p className="channel-card__body">{t("phone.lines.lead")}</p>
        <ul className="phone-lines__list">
          {phone.lines.map((line) => (
            <li key={line.number} data-testid="phone-line">
              <span className="phone-lines__label">{line.label}</span>
              <a
                href={`tel:${line.number}`}
                className="mono phone-lines__number"
                aria-label={t("phone.lines.call", { label: line.label, number: line.number })}
              >
                {line.number}
              </a>
              <span className="muted small">{line.hours}</span>
            </li>
          ))}
        </ul>
      </div>
      {phone.callbacks && (
        <div className="card phone-callback" id="callbacks">
          <h3>{t("phone.callback.title")}</h3>
          {status === "signedIn" ? (
            <CallbackRequest />
          ) : (
            <p className="phone-callback__guest" data-testid="callback-sign-in">
              <span>{t("phone.callback.signIn")}</span>{" "}
              <Link to="/login?next=%2Fcontact%23callbacks" className="button button--small">
                {t("phone.callback.signInAction")}
              </Link>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
