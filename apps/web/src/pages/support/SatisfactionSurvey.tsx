import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { rateTicket, type TicketDetail } from "../../api/support";
import { Alert, SubmitButton } from "../../components/Form";
import { errorMessage } from "../../lib/errors";
import { TextAreaField } from "../help/parts";

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * "How did we do?" once a ticket is solved: 1–5 and a comment. The answer can be changed until
 * the ticket closes; a closed ticket shows the rating given (if any) without the form.
 */
export function SatisfactionSurvey({
  ticket,
  accessToken,
  onRated,
}: {
  ticket: TicketDetail;
  accessToken: string | null;
  onRated: (rating: { score: number; comment: string | null }) => void;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  const given = ticket.satisfaction;
  const [score, setScore] = useState<number | null>(given?.score ?? null);
  const [comment, setComment] = useState(given?.comment ?? "");
  const [checked, setChecked] = useState(false);
  const [editing, setEditing] = useState(!given);
  const rate = useMutation({
    mutationFn: (value: number) =>
      rateTicket(
        ticket.id,
        { score: value, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        accessToken,
      ),
    onSuccess: (rating) => {
      setEditing(false);
      onRated(rating);
    },
  });

  if (!ticket.canRate) {
    if (!given) return null;
    return (
      <section className="card ticket-survey" data-testid="rating-given">
        <h2 className="ticket-section-title">{t("support.rating.title")}</h2>
        <p>{t("support.rating.yourRating", { score: given.score })}</p>
        {given.comment && <p className="muted ticket-survey__comment">{given.comment}</p>}
      </section>
    );
  }

  if (!editing && given) {
    return (
      <section className="card ticket-survey" aria-live="polite" data-testid="rating-given">
        <h2 className="ticket-section-title">{t("support.rating.thanks")}</h2>
        <p>{t("support.rating.yourRating", { score: given.score })}</p>
        {given.comment && <p className="muted ticket-survey__comment">{given.comment}</p>}
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing(true)}
          data-testid="rating-change"
        >
          {t("support.rating.change")}
        </button>
      </section>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (score !== null) rate.mutate(score);
  }

  return (
    <form className="card ticket-survey form" onSubmit={onSubmit} noValidate data-testid="rating-form">
      <h2 className="ticket-section-title">{t("support.rating.title")}</h2>
      <p className="muted">{t("support.rating.lead")}</p>
      <fieldset
        className="rating-scale"
        aria-describedby={checked && score === null ? `${legendId}-error` : undefined}
      >
        <legend id={legendId} className="field__label">
          {t("support.rating.question")}
        </legend>
        <div className="rating-scale__options">
          {SCORES.map((n) => (
            <button
              key={n}
              type="button"
              className={`rating-scale__option${score === n ? " rating-scale__option--on" : ""}`}
              aria-pressed={score === n}
              onClick={() => setScore(n)}
              data-testid={`rating-score-${n}`}
            >
              <span className="rating-scale__n">{n}</span>
              <span className="rating-scale__label">{t(`support.rating.scores.${n}`)}</span>
            </button>
          ))}
        </div>
        {checked && score === null && (
          <span className="field__error" id={`${legendId}-error`}>
            {t("support.rating.pick")}
          </span>
        )}
      </fieldset>
      <TextAreaField
        label={t("support.rating.comment")}
        optional
        rows={3}
        maxLength={1000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        testId="rating-comment"
      />
      {rate.isError && <Alert tone="danger">{errorMessage(rate.error, t)}</Alert>}
      <div className="button-row">
        <SubmitButton pending={rate.isPending} pendingLabel={t("common.saving")} testId="rating-submit">
          {t("support.rating.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
