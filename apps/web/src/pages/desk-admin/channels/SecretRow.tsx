import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Channel, rotateSecret, type SecretInfo, setSecret } from "../../../api/channelsAdmin";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { CopyButton } from "../../../components/CopyButton";
import { Alert, FormError, SubmitButton, TextField } from "../../../components/Form";
import { secretValueOk } from "./channelForm";
import { channelKeys } from "./channelKeys";

type SecretName =
  | "inboundToken"
  | "voiceSecret"
  | "verifyToken"
  | "appSecret"
  | "pageToken"
  | "consumerSecret"
  | "accessToken"
  | "refreshToken"
  | "clientSecret";
const NAMES: readonly string[] = [
  "inboundToken",
  "voiceSecret",
  "verifyToken",
  "appSecret",
  "pageToken",
  "consumerSecret",
  "accessToken",
  "refreshToken",
  "clientSecret",
];

/**
 * One secret: whether it is set and where from (its last four characters only). Ours are
 * rotated (the new value shown once, to copy to the provider); the provider's are pasted in.
 */
export function SecretRow({ channel, secret }: { channel: Channel; secret: SecretInfo }) {
  const { t } = useTranslation();
  const name = NAMES.includes(secret.name)
    ? t(`channelsAdmin.secrets.names.${secret.name as SecretName}`)
    : secret.name;
  const testId = `secret-${channel}-${secret.name}`;
  return (
    <li className="channel-secret" data-testid={testId}>
      <div className="channel-secret__head">
        <strong>{name}</strong>
        <span
          className={secret.configured ? "small" : "small channel-secret__missing"}
          data-testid={`${testId}-state`}
        >
          {secret.source
            ? t(`channelsAdmin.secrets.source.${secret.source}`, { hint: secret.hint ?? "…" })
            : t("channelsAdmin.secrets.source.missing")}
        </span>
      </div>
      <p className="small muted">{t(`channelsAdmin.secrets.issuer.${secret.issuer}`)}</p>
      {secret.issuer === "satchel" ? (
        <Rotate channel={channel} secret={secret.name} label={name} testId={testId} />
      ) : (
        <SetValue channel={channel} secret={secret.name} label={name} testId={testId} />
      )}
    </li>
  );
}

function Rotate({
  channel,
  secret,
  label,
  testId,
}: {
  channel: Channel;
  secret: string;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const rotate = useMutation({
    mutationFn: () => rotateSecret(channel, secret),
    onSuccess: () => {
      setAsking(false);
      void client.invalidateQueries({ queryKey: channelKeys.list });
    },
  });
  if (rotate.data)
    return (
      <Alert
        tone="warning"
        title={t("channelsAdmin.secrets.newValue", { name: label })}
        testId={`${testId}-new`}
      >
        <p>{t("channelsAdmin.secrets.newValueWarning")}</p>
        <p className="channel-secret__value">
          <code data-testid={`${testId}-value`}>{rotate.data.value}</code>
        </p>
        <div className="button-row">
          <CopyButton text={rotate.data.value} testId={`${testId}-copy`} />
          <button type="button" className="button button--small" onClick={() => rotate.reset()}>
            {t("channelsAdmin.secrets.done")}
          </button>
        </div>
      </Alert>
    );
  if (asking)
    return (
      <ConfirmBox
        tone="warning"
        text={t("channelsAdmin.secrets.rotateConfirm", { name: label })}
        confirmLabel={t("channelsAdmin.secrets.rotateYes")}
        pending={rotate.isPending}
        error={rotate.error}
        onConfirm={() => rotate.mutate()}
        onCancel={() => {
          setAsking(false);
          rotate.reset();
        }}
        testId={`${testId}-confirm`}
      />
    );
  return (
    <div>
      <button
        type="button"
        className="button button--small"
        onClick={() => setAsking(true)}
        data-testid={`${testId}-rotate`}
      >
        {t("channelsAdmin.secrets.rotate")}
      </button>
    </div>
  );
}

function SetValue({
  channel,
  secret,
  label,
  testId,
}: {
  channel: Channel;
  secret: string;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState("");
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () => setSecret(channel, secret, value.trim()),
    onSuccess: () => {
      setOpen(false);
      setValue("");
      setTried(false);
      void client.invalidateQueries({ queryKey: channelKeys.list });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (secretValueOk(value)) save.mutate();
  };
  if (!open)
    return (
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            save.reset();
            setOpen(true);
          }}
          data-testid={`${testId}-set`}
        >
          {t("channelsAdmin.secrets.set")}
        </button>
        {save.data && (
          <span className="small" role="status">
            {t("channelsAdmin.secrets.setDone", { hint: save.data.hint })}
          </span>
        )}
      </div>
    );
  return (
    <form className="channel-secret__form" onSubmit={submit} noValidate>
      <TextField
        label={t("channelsAdmin.secrets.setLabel", { name: label })}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={tried && !secretValueOk(value) ? t("channelsAdmin.secrets.tooShort") : null}
        testId={`${testId}-input`}
      />
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} testId={`${testId}-save`}>
          {t("channelsAdmin.secrets.setSave")}
        </SubmitButton>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setOpen(false);
            setValue("");
            setTried(false);
          }}
        >
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
