// Where the floating chat button appears. Customers have it on their pages; guests on the help
// and contact pages (where people look for help), and everywhere once they have a chat going,
// so it follows them around the site. Staff pages, the developer tools, the payment simulators
// (which stand for a bank's own page) and the embedded chat itself never show it.

export type Visitor = "customer" | "staff" | "guest" | "unknown";

const NEVER = ["/chat/embed", "/agent", "/admin", "/dev/", "/simulator/"];
const GUEST_PAGES = ["/help", "/contact", "/support/verify"];

function under(path: string, prefix: string): boolean {
  if (prefix.endsWith("/")) return path.startsWith(prefix);
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function chatWidgetShown(path: string, visitor: Visitor, guestChatGoing: boolean): boolean {
  if (NEVER.some((prefix) => under(path, prefix))) return false;
  if (visitor === "customer") return true;
  if (visitor !== "guest") return false;
  return guestChatGoing || GUEST_PAGES.some((prefix) => under(path, prefix));
}
