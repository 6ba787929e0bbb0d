import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChatAttachment } from "../../api/chatProtocol";
import { rawFetch } from "../../api/staffPayments";

/**
 * An image sent in the chat. Signed-in people (customers, agents) load it by its address; a guest's
 * browser has no session, so it is fetched with the chat token header and shown from memory.
 */
export function ChatImage({
  attachment,
  src,
  token,
}: {
  attachment: ChatAttachment;
  src: string;
  token: string | null;
}) {
  const { t } = useTranslation();
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!token) return;
    let revoked = false;
    let made: string | null = null;
    rawFetch(src, { method: "GET", headers: { Accept: "image/*", "X-Chat-Token": token } })
      .then((response) => response.blob())
      .then((blob) => {
        if (revoked) return;
        made = URL.createObjectURL(blob);
        setBlobUrl(made);
      })
      .catch(() => setFailed(true));
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [src, token]);

  const shown = token ? blobUrl : src;
  if (failed || (!attachment.contentType.startsWith("image/") && attachment.contentType !== "")) {
    return <span className="chat-file">{attachment.filename}</span>;
  }
  if (!shown) {
    return (
      <span className="chat-image chat-image--loading">
        <span className="visually-hidden">{attachment.filename}</span>
      </span>
    );
  }
  return (
    <a href={shown} target="_blank" rel="noreferrer" className="chat-image">
      <img src={shown} alt={t("chat.image", { name: attachment.filename })} onError={() => setFailed(true)} />
    </a>
  );
}
