import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SETTABLE_STATUSES, type SettableStatus } from "../../../api/console";
import type { Macro, RenderedMacro } from "../../../api/consoleLive";
import { type AgentTicketDetail, sendReply, updateTicket } from "../../../api/consoleTicket";
import { Alert, FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { useCursorInsert } from "../../staff-help/editor/useCursorInsert";
import { useTicketLabels } from "../labels";
import { consoleKeys } from "../queries";
import { ArticlePicker } from "./ArticlePicker";
import { MacroPicker } from "./MacroPicker";
import { ReplyVia } from "./ReplyVia";
import { defaultReplyChannel, type MessageChannel, replyChannels } from "./replyChannels";

type Mode = "reply" | "note";

export const BODY_MAX = 5000;

/** A macro chosen for this reply: its status and tags are applied when the reply is sent. */
interface ChosenMacro extends RenderedMacro {
  id: string;
  title: string;
}

/** The status a reply leaves the ticket in unless the agent picks another: waiting on the customer. */
function defaultStatus(mode: Mode): SettableStatus | "" {
  return mode === "reply" ? "pending" : "";
}

/**
 * Writes a reply to the customer or an internal note (tabs), with macros, help-article links and
 * the status the ticket takes after sending.
 */
export function Composer({ ticket, onTyping }: { ticket: AgentTicketDetail; onTyping: () => void }) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const queryClient = useQueryClient();
  const bodyId = useId();
  const statusId = useId();
  const [mode, setMode] = useState<Mode>("reply");
  const [body, setBody] = useState("");
  const [status, setStatus] = useState<SettableStatus | "">(defaultStatus("reply"));
  const [macro, setMacro] = useState<ChosenMacro | null>(null);
  const [sent, setSent] = useState<Mode | null>(null);
  // The way back: the agent's pick, else (and whenever the pick is no longer possible) the way
  // the customer last wrote, so a message arriving on another channel moves the default along.
  const [picked, setPicked] = useState<MessageChannel | null>(null);
  const channels = replyChannels(ticket);
  const channel = picked && channels.includes(picked) ? picked : defaultReplyChannel(ticket);
  const area = useRef<HTMLTextAreaElement>(null);
  const insert = useCursorInsert(area, body, setBody);

  const switchMode = (next: Mode) => {
    setMode(next);
    if (!macro?.setStatus) setStatus(defaultStatus(next));
  };

  const [tagsError, setTagsError] = useState<unknown>(null);
  const send = useMutation({
    mutationFn: () =>
      sendReply(ticket.id, {
        body: body.trim(),
        internal: mode === "note",
        status: status || undefined,
        macroId: macro?.id,
        channel: mode === "reply" ? channel : undefined,
      }),
    onSuccess: async () => {
      // The macro's tags join the ticket's own. The reply is out whatever happens here, so a
      // failure is reported on its own and the form is cleared all the same (no double send).
      const missing = macro?.addTags.filter((tag) => !ticket.tags.includes(tag)) ?? [];
      setTagsError(null);
      if (missing.length > 0) {
        await updateTicket(ticket.id, { tags: [...ticket.tags, ...missing] }).catch(setTagsError);
      }
      setSent(mode);
      setBody("");
      setMacro(null);
      setPicked(null);
      setStatus(defaultStatus(mode));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(ticket.id) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.queueAll }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.counts }),
      ]);
    },
  });

  const applyMacro = (chosen: Macro, rendered: RenderedMacro, title: string) => {
    insert.insertBlock(rendered.body);
    setMacro({ ...rendered, id: chosen.id, title });
    if (rendered.setStatus) setStatus(rendered.setStatus);
    onTyping();
  };

  const trimmed = body.trim();
  const canSend = trimmed.length > 0 && trimmed.length <= BODY_MAX && !send.isPending;

  return (
    <section
      className={`console-composer console-composer--${mode}`}
      aria-label={t("console.composer.label")}
    >
      <div className="tabs" role="tablist" aria-label={t("console.composer.modes")}>
        {(["reply", "note"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            aria-controls={bodyId}
            onClick={() => switchMode(m)}
            data-testid={`composer-mode-${m}`}
          >
            <Icon name={m === "reply" ? "send" : "lock"} size={16} /> {t(`console.composer.mode.${m}`)}
          </button>
        ))}
      </div>
      <form
        className="console-composer__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (canSend) send.mutate();
        }}
      >
        {mode === "note" && (
          <p className="console-composer__note-hint small">{t("console.composer.noteHint")}</p>
        )}
        <label htmlFor={bodyId} className="visually-hidden">
          {t(`console.composer.bodyLabel.${mode}`)}
        </label>
        <textarea
          id={bodyId}
          ref={area}
          className="staff-textarea console-composer__body"
          rows={6}
          value={body}
          maxLength={BODY_MAX}
          placeholder={t(`console.composer.placeholder.${mode}`)}
          onChange={(event) => {
            setBody(event.target.value);
            setSent(null);
            onTyping();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && canSend) {
              event.preventDefault();
              send.mutate();
            }
          }}
          data-testid="composer-body"
        />
        <div className="console-composer__tools">
          <MacroPicker ticketId={ticket.id} onChoose={applyMacro} />
          <ArticlePicker onChoose={(text) => insert.insertInline(text)} />
          <span className="muted small console-composer__count">
            {t("console.composer.count", { length: trimmed.length, max: BODY_MAX })}
          </span>
        </div>
        {macro && (
          <p className="small console-composer__macro" data-testid="composer-macro">
            {t("console.composer.macroApplied", { title: macro.title })}
            {macro.addTags.length > 0 &&
              ` ${t("console.composer.macroTags", { tags: macro.addTags.join(", ") })}`}{" "}
            <button type="button" className="link-button" onClick={() => setMacro(null)}>
              {t("console.composer.macroForget")}
            </button>
          </p>
        )}
        <div className="console-composer__send">
          {mode === "reply" && <ReplyVia options={channels} value={channel} onChange={setPicked} />}
          <div className="field console-editor">
            <label className="field__label" htmlFor={statusId}>
              {t("console.composer.statusAfter")}
            </label>
            <select
              id={statusId}
              value={status}
              onChange={(event) => setStatus(event.target.value as SettableStatus | "")}
              data-testid="composer-status"
            >
              <option value="">
                {t("console.composer.keepStatus", { status: labels.status(ticket.status) })}
              </option>
              {SETTABLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels.status(s)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button--primary"
            disabled={!canSend}
            aria-busy={send.isPending || undefined}
            data-testid="composer-send"
          >
            {send.isPending ? t("console.composer.sending") : t(`console.composer.send.${mode}`)}
          </button>
        </div>
        <FormError error={send.error} />
        {Boolean(tagsError) && <Alert tone="warning">{t("console.composer.tagsFailed")}</Alert>}
        {sent && (
          <Alert tone="ok" testId="composer-sent">
            {t(`console.composer.sent.${sent}`)}
          </Alert>
        )}
      </form>
    </section>
  );
}
