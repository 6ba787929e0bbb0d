import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { isCategory } from "../../api/support";
import { useMe } from "../../auth/hooks";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import { helpArticlePath } from "../../lib/support";
import { ContactChannels } from "../support/ContactChannels";
import { type FormEnding, TicketForm } from "../support/TicketForm";
import { ContactResolved, TicketSent } from "./ContactEnd";
import { Breadcrumbs } from "./parts";

/**
 * /contact: how to reach us (every channel with its hours and how soon we answer, holidays
 * ahead), then "describe your problem". As the customer types, the articles that may answer it
 * are suggested; "this answered my question" ends the visit there, "Send" opens a ticket whose
 * number is shown. `?category=` preselects the category (the security channel's link).
 */
export function ContactPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("helpCenter.contact.title"));
  const [params] = useSearchParams();
  const location = useLocation();
  const from = params.get("from");
  const category = params.get("category");
  const { status } = useMe();
  const [ending, setEnding] = useState<FormEnding | null>(null);
  const end = (value: FormEnding) => {
    setEnding(value);
    window.scrollTo({ top: 0 });
  };

  // "#ticket-form" from the channel cards (also when only the query changed, so the hash did not).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new navigation (key) to the same hash scrolls again
  useEffect(() => {
    if (location.hash === "#ticket-form")
      document.getElementById("ticket-form")?.scrollIntoView({ block: "start" });
  }, [location.hash, location.key]);

  return (
    <div className="container page help-page contact-page" data-testid="contact-page">
      <Breadcrumbs items={[{ label: t("helpCenter.contact.title") }]} />
      <PageHeader
        icon="headset"
        title={t("helpCenter.contact.title")}
        description={t("helpCenter.contact.lead")}
      >
        {status === "signedIn" && (
          <p className="contact-page__tickets">
            <Link to="/support/tickets" data-testid="contact-my-tickets">
              <Icon name="inbox" size={16} /> {t("support.list.title")}
            </Link>
          </p>
        )}
      </PageHeader>
      {from && !ending && (
        <p className="back-link">
          <Link to={helpArticlePath(from)}>
            <Icon name="arrow" size={16} className="flip" />
            {t("helpCenter.contact.backToArticle")}
          </Link>
        </p>
      )}
      {/* There from the first render (empty), so the confirmation put into it is announced. */}
      <div role="status">
        {ending?.kind === "sent" && <TicketSent ticket={ending.ticket} />}
        {ending?.kind === "resolved" && <ContactResolved signedIn={status === "signedIn"} />}
      </div>
      {!ending && (
        <>
          <ContactChannels />
          <h2 className="help-section-title contact-form-title">{t("support.form.title")}</h2>
          {/* A new prefill (the security card's link) starts the form again, the draft kept. */}
          <TicketForm
            key={location.search}
            prefill={{ category: isCategory(category) ? category : null }}
            onEnd={end}
            side={<PrepareTips />}
          />
        </>
      )}
    </div>
  );
}

/** What helps support answer at the first reply. */
function PrepareTips() {
  const { t } = useTranslation();
  return (
    <section className="card help-side-card" aria-labelledby="contact-tips-title">
      <h2 id="contact-tips-title" className="help-section-title">
        {t("helpCenter.contact.tipsTitle")}
      </h2>
      <ul className="contact-tips">
        <li>{t("helpCenter.contact.tips.wallet")}</li>
        <li>{t("helpCenter.contact.tips.reference")}</li>
        <li>{t("helpCenter.contact.tips.what")}</li>
        <li>{t("helpCenter.contact.tips.never")}</li>
      </ul>
      <p className="muted small">
        <Link to="/status">{t("helpCenter.contact.statusHint")}</Link>
      </p>
    </section>
  );
}
