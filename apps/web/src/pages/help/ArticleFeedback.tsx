import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Article, sendFeedback } from "../../api/help";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import { contactPath } from "../../lib/support";
import { TextAreaField } from "./parts";

const COMMENT_MAX = 1000;

/**
 * "Was this helpful?" One answer per visit: the vote is sent with the comment written so far
 * (optional, opened before voting), so a vote and its comment are one record. A "no" puts
 * "Contact support" first.
 */
export function ArticleFeedback({ article }: { article: Article }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState("");
  const vote = useMutation({
    mutationFn: (helpful: boolean) =>
      sendFeedback(article.slug, {
        helpful,
        lang: article.lang,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }),
  });
  const answered = vote.isSuccess ? vote.variables : null;

  return (
    <section className="help-feedback" aria-labelledby={headingId} data-testid="article-feedback">
      <h2 id={headingId} className="help-feedback__question">
        {t("helpCenter.feedback.question")}
      </h2>
      {answered === null ? (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={vote.isPending}
              onClick={() => vote.mutate(true)}
              data-testid="article-helpful-yes"
            >
              <Icon name="check" size={16} />
              {t("helpCenter.feedback.yes")}
            </button>
            <button
              type="button"
              className="button"
              disabled={vote.isPending}
              onClick={() => vote.mutate(false)}
              data-testid="article-helpful-no"
            >
              <Icon name="close" size={16} />
              {t("helpCenter.feedback.no")}
            </button>
            {!commenting && (
              <button
                type="button"
                className="link-button"
                onClick={() => setCommenting(true)}
                data-testid="article-feedback-comment-open"
              >
                {t("helpCenter.feedback.addComment")}
              </button>
            )}
          </div>
          {commenting && (
            <TextAreaField
              label={t("helpCenter.feedback.commentLabel")}
              hint={t("helpCenter.feedback.commentHint")}
              optional
              rows={3}
              maxLength={COMMENT_MAX}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              testId="article-feedback-comment"
            />
          )}
          {vote.isError && <Alert tone="danger">{errorMessage(vote.error, t)}</Alert>}
        </>
      ) : (
        <div role="status" data-testid="article-feedback-thanks">
          <p className="help-feedback__thanks">
            <Icon name="check" size={18} />
            {answered ? t("helpCenter.feedback.thanksYes") : t("helpCenter.feedback.thanksNo")}
          </p>
          {(!answered || vote.data?.contactSupport) && (
            <div className="help-feedback__contact">
              <p>{t("helpCenter.feedback.contactPrompt")}</p>
              <Link
                to={contactPath(article.slug)}
                className="button button--primary button--large"
                data-testid="article-contact-support"
              >
                <Icon name="headset" size={18} />
                {t("helpCenter.contactCard.contact")}
              </Link>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
