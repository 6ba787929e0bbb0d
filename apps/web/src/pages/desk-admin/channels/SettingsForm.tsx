import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChannelInfo, updateChannel } from "../../../api/channelsAdmin";
import { FormError, SubmitButton, TextField } from "../../../components/Form";
import { draftOf, type SettingsProblem, settingsPatch } from "./channelForm";
import { replaceChannel } from "./channelKeys";

/**
 * A channel's own settings (email's acknowledgement, the social account ids, Messenger's image
 * download, X's OAuth client id); a setting the server does not list is not shown or sent.
 */
export function SettingsForm({ channel }: { channel: ChannelInfo }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(channel.settings));
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const save = useMutation({
    mutationFn: (settings: ChannelInfo["settings"]) => updateChannel(channel.channel, { settings }),
    onSuccess: (saved) => {
      replaceChannel(client, saved);
      setDraft(draftOf(saved.settings));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = settingsPatch(channel.channel, draft);
    if ("problem" in patch) {
      setProblem(patch.problem);
      return;
    }
    setProblem(null);
    save.mutate(patch.settings);
  };
  const id = `channel-settings-${channel.channel}`;
  return (
    <form className="channel-settings" onSubmit={submit} noValidate data-testid={id}>
      {channel.channel === "email" && (
        <label className="desk-check">
          <input
            type="checkbox"
            checked={draft.autoAcknowledge}
            onChange={(e) => setDraft({ ...draft, autoAcknowledge: e.target.checked })}
            data-testid={`${id}-ack`}
          />
          <span>
            {t("channelsAdmin.settings.autoAcknowledge")}
            <span className="field__hint">{t("channelsAdmin.settings.autoAcknowledgeHint")}</span>
          </span>
        </label>
      )}
      {(channel.channel === "messenger" || channel.channel === "x") && (
        <TextField
          label={t(
            channel.channel === "messenger"
              ? "channelsAdmin.settings.pageId"
              : "channelsAdmin.settings.accountId",
          )}
          hint={t(
            channel.channel === "messenger"
              ? "channelsAdmin.settings.pageIdHint"
              : "channelsAdmin.settings.accountIdHint",
          )}
          inputMode="numeric"
          value={channel.channel === "messenger" ? draft.pageId : draft.accountId}
          onChange={(e) =>
            setDraft(
              channel.channel === "messenger"
                ? { ...draft, pageId: e.target.value }
                : { ...draft, accountId: e.target.value },
            )
          }
          error={problem === "digits" ? t("channelsAdmin.settings.digits") : null}
          testId={`${id}-id`}
        />
      )}
      {channel.channel === "messenger" && draft.downloadAttachments !== null && (
        <label className="desk-check">
          <input
            type="checkbox"
            checked={draft.downloadAttachments}
            onChange={(e) => setDraft({ ...draft, downloadAttachments: e.target.checked })}
            data-testid={`${id}-download`}
          />
          <span>
            {t("channelsAdmin.settings.downloadAttachments")}
            <span className="field__hint">{t("channelsAdmin.settings.downloadAttachmentsHint")}</span>
          </span>
        </label>
      )}
      {channel.channel === "x" && draft.clientId !== null && (
        <TextField
          label={t("channelsAdmin.settings.clientId")}
          hint={t("channelsAdmin.settings.clientIdHint")}
          autoComplete="off"
          spellCheck={false}
          value={draft.clientId}
          onChange={(e) => setDraft({ ...draft, clientId: e.target.value })}
          error={problem === "clientId" ? t("channelsAdmin.settings.clientIdBad") : null}
          testId={`${id}-client-id`}
        />
      )}
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} testId={`${id}-save`}>
          {t("channelsAdmin.settings.save")}
        </SubmitButton>
        {save.isSuccess && (
          <span className="small" role="status">
            {t("channelsAdmin.settings.saved")}
          </span>
        )}
      </div>
    </form>
  );
}
