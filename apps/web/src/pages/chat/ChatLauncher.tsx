import { lazy, Suspense } from "react";
import { useLocation } from "react-router";
import { savedGuestChat } from "../../api/chat";
import { useMe } from "../../auth/hooks";
import { roleAllows } from "../../auth/RequireRole";
import { chatWidgetShown, type Visitor } from "./chatVisibility";

// The widget's code is loaded only where it shows, so other pages stay as light as before.
const ChatWidget = lazy(() => import("./ChatWidget").then((m) => ({ default: m.ChatWidget })));

/** Mounted once by the app layout: decides whether this page gets the chat button. */
export function ChatLauncher() {
  const { user, status } = useMe();
  const { pathname } = useLocation();
  let visitor: Visitor = "unknown";
  if (user) visitor = roleAllows(user.role, "support") ? "staff" : "customer";
  else if (status === "signedOut") visitor = "guest";
  const guestChatGoing = visitor === "guest" && savedGuestChat() !== null;
  if (!chatWidgetShown(pathname, visitor, guestChatGoing)) return null;
  const firstName = user?.name?.trim().split(/\s+/)[0] ?? null;
  return (
    <Suspense fallback={null}>
      {/* Keyed by who is signed in: another person never sees the previous one's chat. */}
      <ChatWidget key={user?.id ?? "guest"} signedIn={visitor === "customer"} greetingName={firstName} />
    </Suspense>
  );
}
