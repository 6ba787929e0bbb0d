import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChatAttachment } from "../../api/chatProtocol";
import { rawFetch } from "../../api/staffPayments";
import { readAsDataUrl } from "../../lib/dataUrl";

/**
 * An image sent in the chat. Signed-in people (customers, agents) load it by its address; a guest's
 * browser has no session, so it is fetched with the chat token header and shown as a data: URL
 * (the site's Content-Security-Policy allows data: images, not blob: ones).
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
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    rawFetch(src, { method: "GET", headers: { Accept: "image/*", "X-Chat-Token": token } })
      .then((response) => response.blob())
      .then(readAsDataUrl)
      .then((url) => {
        if (!cancelled) setDataUrl(url);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [src, token]);

  const shown = token ? dataUrl : src;
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
  const image = (
    <img src={shown} alt={t("chat.image", { name: attachment.filename })} onError={() => setFailed(true)} />
  );
  // A guest's image is in memory (data:), which browsers will not open in a tab of its own.
  if (token) return <span className="chat-image">{image}</span>;
  return (
    <a href={shown} target="_blank" rel="noreferrer" className="chat-image">
      {image}
    </a>
  );
}
