import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChatAttachment } from "../../api/chatProtocol";
import { attachmentProblem, MAX_ATTACHMENTS } from "../../api/support";

/** The longest message the composer takes (the server checks again). */
export const MAX_CHAT_MESSAGE = 4000;

interface Props {
  onSend: (body: string, attachments: ChatAttachment[]) => void;
  onTyping: () => void;
  /** Customers may send images: uploads one and answers its attachment. */
  upload?: (file: File) => Promise<ChatAttachment>;
  disabled?: boolean;
  placeholder?: string;
  /** Where keyboard focus lands when the chat opens. */
  autoFocus?: boolean;
}

/**
 * Writing a chat message: Enter sends, Shift+Enter starts a new line, and Enter that confirms a
 * Chinese input method's candidate does not send. Images go up as soon as they are chosen and
 * ride along with the next message.
 */
export function ChatComposer({
  onSend,
  onTyping,
  upload,
  disabled = false,
  placeholder,
  autoFocus = false,
}: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const [attachments, setAttachments] = useState<ChatAttachment[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const inputId = useId();

  const canSend = !disabled && uploading === 0 && (body.trim() !== "" || attachments.length > 0);

  const send = () => {
    if (!canSend) return;
    onSend(body.trim(), attachments);
    setBody("");
    setAttachments([]);
    setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  const choose = async (files: FileList | null) => {
    if (!upload || !files) return;
    setProblem(null);
    let room = MAX_ATTACHMENTS - attachments.length - uploading;
    for (const file of Array.from(files)) {
      if (room <= 0) {
        setProblem(t("chat.attach.tooMany", { max: MAX_ATTACHMENTS }));
        break;
      }
      const wrong = attachmentProblem(file);
      if (wrong) {
        setProblem(t(`chat.attach.${wrong}`, { name: file.name }));
        continue;
      }
      room--;
      setUploading((n) => n + 1);
      try {
        const attachment = await upload(file);
        setAttachments((list) => [...list, attachment]);
      } catch {
        setProblem(t("chat.attach.failed", { name: file.name }));
      } finally {
        setUploading((n) => n - 1);
      }
    }
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <form
      className="chat-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {(attachments.length > 0 || uploading > 0) && (
        <ul className="chat-composer__files" aria-label={t("chat.attach.chosen")}>
          {attachments.map((a) => (
            <li key={a.id}>
              <span>{a.filename}</span>
              <button
                type="button"
                className="chat-icon-button"
                onClick={() => setAttachments((list) => list.filter((x) => x.id !== a.id))}
                aria-label={t("chat.attach.remove", { name: a.filename })}
              >
                ×
              </button>
            </li>
          ))}
          {uploading > 0 && <li className="muted">{t("chat.attach.uploading")}</li>}
        </ul>
      )}
      {problem && (
        <p className="chat-composer__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="chat-composer__row">
        <label htmlFor={inputId} className="visually-hidden">
          {t("chat.composer.label")}
        </label>
        <textarea
          id={inputId}
          value={body}
          rows={2}
          maxLength={MAX_CHAT_MESSAGE}
          placeholder={placeholder ?? t("chat.composer.placeholder")}
          aria-describedby={hintId}
          disabled={disabled}
          // biome-ignore lint/a11y/noAutofocus: the person just opened the chat to write in it
          autoFocus={autoFocus}
          onChange={(event) => {
            setBody(event.target.value);
            if (event.target.value.trim() !== "") onTyping();
          }}
          onKeyDown={onKeyDown}
          data-testid="chat-input"
        />
        {upload && (
          <>
            <input
              ref={fileInput}
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              multiple
              hidden
              onChange={(event) => void choose(event.target.files)}
              data-testid="chat-file"
            />
            <button
              type="button"
              className="chat-icon-button chat-composer__attach"
              onClick={() => fileInput.current?.click()}
              disabled={disabled}
              aria-label={t("chat.attach.button")}
              title={t("chat.attach.button")}
              data-testid="chat-attach"
            >
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path
                  d="M20 11.5 12.2 19.3a5 5 0 0 1-7-7L13 4.5a3.4 3.4 0 0 1 4.8 4.8L10 17.1a1.7 1.7 0 0 1-2.4-2.4l7.1-7.1"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  strokeLinecap="round"
                />
              </svg>
            </button>
          </>
        )}
        <button
          type="submit"
          className="button button--primary chat-composer__send"
          disabled={!canSend}
          data-testid="chat-send"
        >
          {t("chat.composer.send")}
        </button>
      </div>
      <p id={hintId} className="chat-composer__hint">
        {t("chat.composer.hint")}
      </p>
    </form>
  );
}
