import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { isCategory } from "../../api/support";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import { ContactResolved, TicketSent } from "../help/ContactEnd";
import { SupportNav } from "./SupportNav";
import { type FormEnding, TicketForm } from "./TicketForm";

/**
 * /support/new?transaction=<id>&category=&reference=: the ticket form for a signed-in customer,
 * prefilled by "Get help with this transaction" (the transaction attached, its category chosen).
 */
export function NewTicketPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("support.form.title"));
  const [params] = useSearchParams();
  const location = useLocation();
  const category = params.get("category");
  const [ending, setEnding] = useState<FormEnding | null>(null);
  const end = (value: FormEnding) => {
    setEnding(value);
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="container page help-page contact-page support-page" data-testid="new-ticket-page">
      <PageHeader icon="headset" title={t("support.form.title")} description={t("support.form.lead")} />
      <SupportNav />
      <div role="status">
        {ending?.kind === "sent" && <TicketSent ticket={ending.ticket} />}
        {ending?.kind === "resolved" && <ContactResolved signedIn />}
      </div>
      {!ending && (
        <TicketForm
          key={location.search}
          prefill={{
            transaction: params.get("transaction"),
            reference: params.get("reference"),
            category: isCategory(category) ? category : null,
          }}
          onEnd={end}
          side={<OtherWays />}
        />
      )}
    </div>
  );
}

/** Beside the form: the contact page's channels and hours. */
function OtherWays() {
  const { t } = useTranslation();
  return (
    <section className="card help-side-card" aria-labelledby="other-ways-title">
      <h2 id="other-ways-title" className="help-section-title">
        {t("support.form.otherWaysTitle")}
      </h2>
      <p className="muted">{t("support.form.otherWaysBody")}</p>
      <p>
        <Link to="/contact">
          <Icon name="headset" size={16} /> {t("support.form.otherWaysLink")}
        </Link>
      </p>
      <ul className="contact-tips">
        <li>{t("helpCenter.contact.tips.what")}</li>
        <li>{t("helpCenter.contact.tips.never")}</li>
      </ul>
    </section>
  );
}
