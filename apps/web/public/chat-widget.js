/*!
 * Satchel chat widget — put live chat with Satchel support on any page:
 *
 *   <script src="https://satchel.example/chat-widget.js" data-lang="zh-CN" async></script>
 *
 * It adds a "Chat with us" button at the bottom right. The chat itself runs in an iframe of
 * <this script's origin>/chat/embed, so nothing of the conversation is visible to the page; the
 * two talk by postMessage only (open/close, unread count), each checking the other's origin.
 * Options (attributes of the script tag): data-lang ("en" or "zh-CN"; default: the page's
 * language), data-position ("right" or "left"). No dependencies; nothing else is loaded.
 */
(() => {
  if (window.__satchelChatWidget) return;
  window.__satchelChatWidget = true;

  const script =
    document.currentScript ||
    Array.prototype.slice
      .call(document.getElementsByTagName("script"))
      .filter((s) => /\/chat-widget\.js(\?|$)/.test(s.src))
      .pop();
  if (!script?.src) return;

  const chatOrigin = new URL(script.src, window.location.href).origin;
  const EMBED = "satchel-chat";
  const HOST = "satchel-chat-host";
  const ACTIVE_KEY = "satchel-chat-widget.active";

  function pickLanguage() {
    const wanted = (
      script.getAttribute("data-lang") ||
      document.documentElement.lang ||
      navigator.language ||
      "en"
    ).toLowerCase();
    return wanted.indexOf("zh") === 0 ? "zh-CN" : "en";
  }
  const lang = pickLanguage();
  const side = script.getAttribute("data-position") === "left" ? "left" : "right";

  const TEXT = {
    en: {
      open: "Chat with us",
      close: "Close chat",
      frame: "Chat with Satchel support",
      unread: (n) => (n === 1 ? "1 new message" : `${n} new messages`),
    },
    "zh-CN": {
      open: "在线咨询",
      close: "关闭聊天",
      frame: "与 Satchel 客服聊天",
      unread: (n) => `${n} 条新消息`,
    },
  }[lang];

  function remembered() {
    try {
      return window.sessionStorage.getItem(ACTIVE_KEY) === "1";
    } catch (_) {
      return false;
    }
  }
  function remember(active) {
    try {
      if (active) window.sessionStorage.setItem(ACTIVE_KEY, "1");
      else window.sessionStorage.removeItem(ACTIVE_KEY);
    } catch (_) {
      // storage blocked: the chat is found again only when the visitor opens it
    }
  }

  // Our own corner of the page, in a shadow root so the page's styles and ours never mix.
  const host = document.createElement("div");
  host.setAttribute("data-satchel-chat", "");
  const root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  const style = document.createElement("style");
  style.textContent = [
    ":host{all:initial}",
    ".wrap{position:fixed;bottom:20px;" +
      side +
      ":20px;z-index:2147483000;display:flex;flex-direction:column;align-items:" +
      (side === "left" ? "flex-start" : "flex-end") +
      ";gap:12px;font:600 15px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif}",
    ".frame{width:min(380px,calc(100vw - 40px));height:min(580px,calc(100vh - 110px));border:1px solid #e2e8f0;border-radius:20px;overflow:hidden;background:#fff;box-shadow:0 16px 40px -16px rgba(30,27,75,.35)}",
    ".frame[hidden]{display:none}",
    "iframe{display:block;width:100%;height:100%;border:0}",
    "button{position:relative;display:inline-flex;align-items:center;gap:8px;padding:12px 18px;border:0;border-radius:999px;background:#4f46e5;color:#fff;font:inherit;cursor:pointer;box-shadow:0 16px 40px -16px rgba(30,27,75,.45)}",
    "button:hover{background:#3730a3}",
    "button:focus-visible{outline:3px solid #a5b4fc;outline-offset:2px}",
    ".badge{position:absolute;top:-6px;right:-6px;min-width:22px;height:22px;padding:0 6px;box-sizing:border-box;border-radius:999px;background:#b91c1c;color:#fff;font-size:12px;line-height:22px;text-align:center}",
    ".badge[hidden]{display:none}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "@media (max-width:480px){.wrap{bottom:12px;" +
      side +
      ":12px}.frame{width:calc(100vw - 24px);height:calc(100vh - 90px)}.label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}",
  ].join("\n");

  const wrap = document.createElement("div");
  wrap.className = "wrap";
  const frameBox = document.createElement("div");
  frameBox.className = "frame";
  frameBox.hidden = true;
  frameBox.id = "satchel-chat-frame";
  const button = document.createElement("button");
  button.type = "button";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", frameBox.id);
  button.innerHTML =
    '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/></svg>';
  const label = document.createElement("span");
  label.className = "label";
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.hidden = true;
  const badgeNumber = document.createElement("span");
  badgeNumber.setAttribute("aria-hidden", "true");
  const badgeWords = document.createElement("span");
  badgeWords.className = "sr";
  badge.appendChild(badgeNumber);
  badge.appendChild(badgeWords);
  button.appendChild(label);
  button.appendChild(badge);
  wrap.appendChild(frameBox);
  wrap.appendChild(button);
  root.appendChild(style);
  root.appendChild(wrap);

  let frame = null;
  let ready = false;
  let open = false;

  function send(type) {
    if (frame && ready && frame.contentWindow)
      frame.contentWindow.postMessage({ source: HOST, type }, chatOrigin);
  }

  function ensureFrame(openNow) {
    if (frame) return;
    frame = document.createElement("iframe");
    frame.title = TEXT.frame;
    frame.src =
      chatOrigin +
      "/chat/embed?lang=" +
      encodeURIComponent(lang) +
      "&origin=" +
      encodeURIComponent(window.location.origin) +
      (openNow ? "&open=1" : "");
    frameBox.appendChild(frame);
  }

  function render() {
    label.textContent = open ? TEXT.close : TEXT.open;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    frameBox.hidden = !open;
  }

  function setOpen(next, fromFrame) {
    open = next;
    if (open) ensureFrame(true);
    render();
    send(open ? "open" : "close");
    if (open && frame) frame.focus();
    else if (fromFrame) button.focus();
  }

  button.addEventListener("click", () => {
    setOpen(!open, false);
  });

  window.addEventListener("message", (event) => {
    // Only our chat frame, from our origin, in our shape.
    if (!frame || event.source !== frame.contentWindow || event.origin !== chatOrigin) return;
    const data = event.data;
    if (!data || typeof data !== "object" || data.source !== EMBED) return;
    if (data.type === "ready") {
      ready = true;
      send(open ? "open" : "close");
    } else if (data.type === "close") {
      setOpen(false, true);
    } else if (data.type === "unread") {
      const count =
        typeof data.count === "number" && data.count > 0 ? Math.min(99, Math.floor(data.count)) : 0;
      badge.hidden = count === 0 || open;
      badgeNumber.textContent = String(count);
      badgeWords.textContent = count ? TEXT.unread(count) : "";
    } else if (data.type === "active") {
      remember(data.active === true);
    }
  });

  render();
  function mount() {
    document.body.appendChild(host);
    // A chat going on an earlier page of this visit: load it (closed) so its new messages show up.
    if (remembered()) ensureFrame(false);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
