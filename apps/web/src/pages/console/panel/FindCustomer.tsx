import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { findCustomerByEmail } from "../../../api/consolePanel";
import { FormError } from "../../../components/Form";
import { consoleKeys } from "../queries";

/** A guest ticket: is the address a customer's? The agent looks it up and opens their panel. */
export function FindCustomer({
  email,
  chosen,
  onChoose,
}: {
  email: string;
  chosen: string | null;
  onChoose: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(email);
  const [asked, setAsked] = useState<string | null>(null);
  const result = useQuery({
    queryKey: consoleKeys.customers(asked ?? ""),
    queryFn: ({ signal }) => findCustomerByEmail(asked ?? "", signal),
    enabled: asked !== null,
  });
  const found = result.data ?? null;
  return (
    <section
      className="console-panel__section"
      aria-labelledby="find-customer-title"
      data-testid="find-customer"
    >
      <h3 id="find-customer-title">{t("console.panel.guest.title")}</h3>
      <p className="muted small">{t("console.panel.guest.lead")}</p>
      <form
        className="console-inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) setAsked(draft.trim());
        }}
      >
        <label htmlFor="find-customer-email" className="visually-hidden">
          {t("console.panel.guest.emailLabel")}
        </label>
        <input
          id="find-customer-email"
          type="email"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          data-testid="find-customer-email"
        />
        <button type="submit" className="button button--small" data-testid="find-customer-submit">
          {t("console.panel.guest.find")}
        </button>
      </form>
      {result.isFetching && <p className="muted small">{t("common.loading")}</p>}
      <FormError error={result.error} />
      {result.isSuccess && !found && (
        <p className="small" data-testid="find-customer-none">
          {t("console.panel.guest.none")}
        </p>
      )}
      {found && found !== chosen && (
        <p className="small">
          {t("console.panel.guest.found", { email: asked })}{" "}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChoose(found)}
            data-testid="find-customer-result"
          >
            {t("console.panel.guest.open")}
          </button>
        </p>
      )}
      {found && found === chosen && (
        <p className="muted small">{t("console.panel.guest.showing", { email: asked })}</p>
      )}
    </section>
  );
}
