import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  bookCallback,
  cancelCallback,
  fetchCallbackSlots,
  listMyCallbacks,
  type OwnCallback,
  type SlotOffer,
} from "../../api/phone";
import { useMe } from "../../auth/hooks";
import { Alert, FormError, SubmitButton, TextField } from "../../components/Form";
import { currentLanguage } from "../../i18n";
import { fieldErrors } from "../../lib/errors";
import { groupSlotsByDay, slotLabel, toE164 } from "../../lib/phone";
import { timeZoneName } from "./responseTime";

/** Under "account" so nothing of one customer's callbacks shows for the next one signed in. */
const callbackKeys = {
  all: ["account", "support", "callbacks"] as const,
  slots: ["account", "support", "callbacks", "slots"] as const,
  mine: ["account", "support", "callbacks", "mine"] as const,
};

/** "Request a callback": a day, a half hour of it, the number and a note; then the customer's callbacks. */
export function CallbackRequest() {
  const { t } = useTranslation();
  const slots = useQuery({
    queryKey: callbackKeys.slots,
    queryFn: ({ signal }) => fetchCallbackSlots(signal),
    staleTime: 60_000,
  });
  const mine = useQuery({ queryKey: callbackKeys.mine, queryFn: ({ signal }) => listMyCallbacks(signal) });
  const timeZone = slots.data?.timeZone ?? "UTC";
  return (
    <div className="stack" data-testid="callback-request">
      {slots.isPending && <p className="muted">{t("common.loading")}</p>}
      {slots.isError && <FormError error={slots.error} />}
      {slots.data && <BookingForm offer={slots.data} />}
      {mine.data && mine.data.length > 0 && <MyCallbacks callbacks={mine.data} timeZone={timeZone} />}
    </div>
  );
}

function BookingForm({ offer }: { offer: SlotOffer }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { user } = useMe();
  const queryClient = useQueryClient();
  const days = groupSlotsByDay(offer.slots, offer.timeZone, lang);
  const [day, setDay] = useState<string | null>(null);
  const [slotStart, setSlotStart] = useState<string | null>(null);
  const [phone, setPhone] = useState("");
  const [note, setNote] = useState("");
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const verifiedPhone = user?.phoneVerified ? user.phone : null;

  const book = useMutation({
    mutationFn: bookCallback,
    onSuccess: async () => {
      setSlotStart(null);
      setNote("");
      await queryClient.invalidateQueries({ queryKey: callbackKeys.all });
    },
  });
  const serverErrors = fieldErrors(book.error);
  const shownDay = days.find((d) => d.day === day) ?? days[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!slotStart) return;
    const typed = phone.trim();
    const e164 = typed ? toE164(typed) : null;
    if ((typed && !e164) || (!typed && !verifiedPhone)) {
      setPhoneError(t("phone.callback.phoneInvalid"));
      return;
    }
    setPhoneError(null);
    book.mutate({
      slotStart,
      ...(e164 ? { phone: e164 } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  const booked = book.data;
  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <p className="muted small">{t("phone.callback.lead", { zone: timeZoneName(offer.timeZone, lang) })}</p>
      {booked && (
        <Alert tone="ok" testId="callback-booked">
          {t("phone.callback.booked", {
            when: slotLabel({ start: booked.slotStart, end: booked.slotEnd }, offer.timeZone, lang),
          })}
        </Alert>
      )}
      {days.length === 0 ? (
        <p className="muted" data-testid="callback-no-slots">
          {t("phone.callback.noSlots")}
        </p>
      ) : (
        <>
          <fieldset className="callback-days">
            <legend className="field__label">{t("phone.callback.day")}</legend>
            {days.map((d) => (
              <button
                key={d.day}
                type="button"
                className="callback-choice"
                aria-pressed={d.day === shownDay?.day}
                onClick={() => {
                  setDay(d.day);
                  setSlotStart(null);
                }}
                data-testid="callback-day"
              >
                {d.label}
              </button>
            ))}
          </fieldset>
          {shownDay && (
            <fieldset className="callback-slots">
              <legend className="field__label">{t("phone.callback.slot")}</legend>
              {shownDay.slots.map((slot) => (
                <button
                  key={slot.start}
                  type="button"
                  className="callback-choice mono"
                  aria-pressed={slot.start === slotStart}
                  title={t("phone.callback.placesLeft", { count: slot.remaining })}
                  onClick={() => setSlotStart(slot.start)}
                  data-testid="callback-slot"
                >
                  {slot.time}
                </button>
              ))}
            </fieldset>
          )}
          <TextField
            label={t("phone.callback.phone")}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={phone}
            placeholder={verifiedPhone ?? "+8613812345678"}
            onChange={(event) => setPhone(event.target.value)}
            optional={verifiedPhone !== null}
            hint={verifiedPhone ? t("phone.callback.phoneHintVerified") : t("phone.callback.phoneHint")}
            error={phoneError ?? serverErrors.phone ?? null}
            testId="callback-phone"
          />
          <div className="field">
            <label className="field__label" htmlFor="callback-note">
              {t("phone.callback.note")} <span className="field__optional">{t("common.optional")}</span>
            </label>
            <textarea
              id="callback-note"
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              data-testid="callback-note"
            />
          </div>
          <FormError error={book.error} />
          <div>
            <SubmitButton
              pending={book.isPending}
              pendingLabel={t("phone.callback.sending")}
              disabled={!slotStart}
              testId="callback-submit"
            >
              {t("phone.callback.submit")}
            </SubmitButton>
          </div>
        </>
      )}
    </form>
  );
}

function MyCallbacks({ callbacks, timeZone }: { callbacks: OwnCallback[]; timeZone: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: cancelCallback,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callbackKeys.all }),
  });
  return (
    <section aria-labelledby="my-callbacks-title" data-testid="my-callbacks">
      <h4 id="my-callbacks-title">{t("phone.mine.title")}</h4>
      <FormError error={cancel.error} />
      <ul className="callback-mine">
        {callbacks.map((callback) => (
          <li key={callback.id} data-testid="my-callback" data-status={callback.status}>
            <span className="callback-mine__when">
              {slotLabel({ start: callback.slotStart, end: callback.slotEnd }, timeZone, lang)}
              <span className="muted small"> · {callback.phone}</span>
            </span>
            <span className={`badge ${callback.status === "requested" ? "badge--brand" : "badge--neutral"}`}>
              {t(`phone.mine.status.${callback.status}`)}
            </span>
            {callback.ticket && (
              <Link to={`/support/tickets/${encodeURIComponent(callback.ticket.id)}`} className="small">
                {t("phone.mine.request", { number: `#${callback.ticket.number}` })}
              </Link>
            )}
            {callback.cancellable && (
              <button
                type="button"
                className="button button--small"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate(callback.id)}
                data-testid="my-callback-cancel"
              >
                {cancel.isPending && cancel.variables === callback.id
                  ? t("phone.mine.cancelling")
                  : t("phone.mine.cancel")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
