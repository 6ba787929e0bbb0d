import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, MAX_ATTACHMENTS } from "../../api/support";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import type { Attachments } from "./useAttachments";

/**
 * "Add screenshots": a file button (several at once), the refusals of the browser's own check,
 * and thumbnails with their upload state and a remove button.
 */
export function AttachmentPicker({ attachments, testId }: { attachments: Attachments; testId?: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { items, refused, add, remove } = attachments;
  const full = items.length >= MAX_ATTACHMENTS;

  return (
    <fieldset className="field attachment-picker">
      <legend className="field__label">
        {t("support.form.screenshots.title")}
        <span className="field__optional"> {t("common.optional")}</span>
      </legend>
      <span className="field__hint" id={hintId}>
        {t("support.form.screenshots.hint", { count: MAX_ATTACHMENTS })}
      </span>
      {items.length > 0 && (
        <ul className="attachment-list" data-testid="attachment-list">
          {items.map((item) => (
            <li
              key={item.key}
              className={`attachment-thumb attachment-thumb--${item.state}`}
              data-testid="attachment"
            >
              {item.preview ? (
                <img src={item.preview} alt={item.name} />
              ) : (
                <span className="attachment-thumb__placeholder" aria-hidden="true" />
              )}
              <span className="attachment-thumb__name" title={item.name}>
                {item.name}
              </span>
              {item.state === "uploading" && (
                <span className="attachment-thumb__state muted small" role="status">
                  {t("support.form.screenshots.uploading")}
                </span>
              )}
              {item.state === "failed" && (
                <span className="attachment-thumb__state field__error">{errorMessage(item.error, t)}</span>
              )}
              <button
                type="button"
                className="attachment-thumb__remove"
                onClick={() => remove(item.key)}
                aria-label={t("support.form.screenshots.remove", { name: item.name })}
                title={t("support.form.screenshots.remove", { name: item.name })}
                data-testid="attachment-remove"
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <Alert tone="warning">
          <ul className="support-plain-list">
            {refused.map((r) => (
              <li key={`${r.name}-${r.problem}`}>
                {t(`support.form.screenshots.problems.${r.problem}`, {
                  name: r.name,
                  count: MAX_ATTACHMENTS,
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <div>
        <input
          ref={input}
          id={inputId}
          type="file"
          className="visually-hidden"
          accept={ATTACHMENT_TYPES.join(",")}
          multiple
          disabled={full}
          aria-describedby={hintId}
          data-testid={testId}
          onChange={(event) => {
            add(Array.from(event.target.files ?? []));
            // The same file may be chosen again after removing it.
            event.target.value = "";
          }}
        />
        <label htmlFor={inputId} className={`button button--small${full ? " button--disabled" : ""}`}>
          <Icon name="plus" size={16} />
          {t("support.form.screenshots.add")}
        </label>
      </div>
    </fieldset>
  );
}
