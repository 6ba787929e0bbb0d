import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type StatusComponent, statusFeedUrl, subscribe } from "../../api/status";
import { Alert, SubmitButton, TextField } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldErrors } from "../../lib/errors";
import { useStatusLanguage } from "./queries";

/** Email subscription (double opt-in: the server mails a confirmation link) and the Atom feed. */
export function SubscribeForm({ components }: { components: StatusComponent[] }) {
  const { t } = useTranslation();
  const lang = useStatusLanguage();
  const [email, setEmail] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const mutation = useMutation({ mutationFn: subscribe });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Sent in the page's order, whatever order the boxes were ticked in.
    const keys = components.map((c) => c.id).filter((id) => chosen.has(id));
    mutation.mutate({ email: email.trim(), components: keys, language: lang });
  };

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section
      className="card status-subscribe"
      aria-labelledby="subscribe-title"
      data-testid="status-subscribe"
    >
      <h2 id="subscribe-title">
        <Icon name="mail" size={20} /> {t("statusPage.subscribe.title")}
      </h2>
      <p className="muted">{t("statusPage.subscribe.lead")}</p>
      {mutation.isSuccess ? (
        <Alert tone="ok" title={t("statusPage.subscribe.doneTitle")} testId="subscribe-done">
          <p>{t("statusPage.subscribe.doneBody", { email: mutation.variables.email })}</p>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate={false}>
          <ProblemAlert error={mutation.error} testId="subscribe-error" />
          <TextField
            label={t("statusPage.subscribe.email")}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            error={fieldErrors(mutation.error).email}
            onChange={(event) => setEmail(event.target.value)}
            testId="subscribe-email"
          />
          {components.length > 0 && (
            <fieldset className="status-subscribe__components">
              <legend>
                {t("statusPage.subscribe.components")}{" "}
                <span className="field__optional">{t("common.optional")}</span>
              </legend>
              <p className="field__hint">{t("statusPage.subscribe.componentsHint")}</p>
              <div className="status-subscribe__boxes">
                {components.map((component) => (
                  <label key={component.id} className="status-check">
                    <input
                      type="checkbox"
                      checked={chosen.has(component.id)}
                      onChange={(event) => toggle(component.id, event.target.checked)}
                      data-testid={`subscribe-component-${component.id}`}
                    />
                    <span>{component.name}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <SubmitButton
            pending={mutation.isPending}
            pendingLabel={t("statusPage.subscribe.submitting")}
            testId="subscribe-submit"
          >
            {t("statusPage.subscribe.submit")}
          </SubmitButton>
        </form>
      )}
      <p className="status-subscribe__feed">
        {/* Served by the server, outside this single-page app: a full page load, not a client route. */}
        <a href={statusFeedUrl(lang)} type="application/atom+xml" data-testid="status-feed">
          <Icon name="list" size={16} /> {t("statusPage.feed.link")}
        </a>{" "}
        <span className="muted">{t("statusPage.feed.hint")}</span>
      </p>
    </section>
  );
}
