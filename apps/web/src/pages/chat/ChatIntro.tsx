import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { chatAvailability } from "../../api/chat";
import { FormError } from "../../components/Form";
import { currentLanguage } from "../../i18n";
import { formatDateTime } from "../../lib/time";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Before the chat: guests say who they are (so an answer can reach them by email if the chat
 * drops or nobody is online); signed-in customers only say what it is about, if they like.
 */
export function ChatIntro({
  signedIn,
  greetingName,
  onStart,
}: {
  signedIn: boolean;
  greetingName: string | null;
  onStart: (input: { name?: string; email?: string; message?: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState("");
  const [invalid, setInvalid] = useState<{ name?: string; email?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!signedIn) {
      const problems: { name?: string; email?: string } = {};
      if (!name.trim()) problems.name = t("chat.intro.nameRequired");
      if (!EMAIL.test(email.trim())) problems.email = t("chat.intro.emailInvalid");
      setInvalid(problems);
      if (problems.name || problems.email) {
        document.getElementById(problems.name ? "chat-intro-name" : "chat-intro-email")?.focus();
        return;
      }
    }
    setBusy(true);
    setError(null);
    try {
      await onStart(signedIn ? { message } : { name, email, message });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form className="chat-intro" onSubmit={(event) => void submit(event)} noValidate data-testid="chat-intro">
      <p className="chat-intro__lead">
        {greetingName ? t("chat.intro.greetingNamed", { name: greetingName }) : t("chat.intro.greeting")}
      </p>
      <p className="muted small">{signedIn ? t("chat.intro.signedInLead") : t("chat.intro.guestLead")}</p>
      <Availability />
      {!signedIn && (
        <>
          <div className="field">
            <label htmlFor="chat-intro-name">{t("chat.intro.name")}</label>
            <input
              id="chat-intro-name"
              autoComplete="name"
              value={name}
              maxLength={120}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={invalid.name ? true : undefined}
              aria-describedby={invalid.name ? "chat-intro-name-error" : undefined}
              data-testid="chat-intro-name"
            />
            {invalid.name && (
              <p className="field__error" id="chat-intro-name-error">
                {invalid.name}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="chat-intro-email">{t("chat.intro.email")}</label>
            <input
              id="chat-intro-email"
              type="email"
              autoComplete="email"
              value={email}
              maxLength={254}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={invalid.email ? true : undefined}
              aria-describedby={invalid.email ? "chat-intro-email-error" : undefined}
              data-testid="chat-intro-email"
            />
            {invalid.email && (
              <p className="field__error" id="chat-intro-email-error">
                {invalid.email}
              </p>
            )}
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="chat-intro-message">
          {t("chat.intro.message")} <span className="field__optional">{t("chat.intro.optional")}</span>
        </label>
        <textarea
          id="chat-intro-message"
          rows={3}
          value={message}
          maxLength={4000}
          onChange={(event) => setMessage(event.target.value)}
          data-testid="chat-intro-message"
        />
      </div>
      <FormError error={error} />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={busy}
        data-testid="chat-start"
      >
        {busy ? t("chat.intro.starting") : t("chat.intro.start")}
      </button>
      <p className="muted small">{t("chat.intro.privacy")}</p>
    </form>
  );
}

/** Before starting: how many agents are online, or what happens when nobody is. */
function Availability() {
  const { t } = useTranslation();
  const availability = useQuery({
    queryKey: ["chat", "availability"],
    queryFn: ({ signal }) => chatAvailability(signal),
    staleTime: 30_000,
  });
  const now = availability.data;
  if (!now) return null;
  if (!now.enabled) {
    return (
      <p className="chat-intro__availability" role="status" data-testid="chat-availability">
        {t("chat.intro.disabled")} <a href="/contact">{t("chat.intro.contact")}</a>
      </p>
    );
  }
  // Closed by the status page: a chat would be refused, so say so first and point to the form.
  const closed = now.unavailable;
  if (closed) {
    const text = closed.until
      ? t("chat.intro.maintenanceUntil", {
          time: formatDateTime(closed.until, currentLanguage(), { dateStyle: "medium", timeStyle: "short" }),
        })
      : closed.reason === "maintenance"
        ? t("chat.intro.maintenance")
        : t("chat.intro.outage");
    return (
      <p
        className="chat-intro__availability"
        role="status"
        data-testid="chat-availability"
        data-closed={closed.reason}
      >
        {text} <a href="/contact">{t("chat.intro.useForm")}</a> ·{" "}
        <a href={closed.statusUrl} target="_blank" rel="noreferrer">
          {t("chat.intro.statusPage")}
        </a>
      </p>
    );
  }
  const expected = now.expectedReply?.[currentLanguage()];
  let text: string;
  if (now.agentsOnline > 0) text = t("chat.intro.online", { count: now.agentsOnline });
  else text = expected ? t("chat.intro.offline", { expected }) : t("chat.intro.offlineNoTime");
  return (
    <p
      className="chat-intro__availability"
      role="status"
      data-testid="chat-availability"
      data-online={now.agentsOnline}
    >
      {text}
    </p>
  );
}
