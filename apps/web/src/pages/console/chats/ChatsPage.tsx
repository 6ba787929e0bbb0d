/** Live chats: waiting and taken, several at once with the customer beside each (placeholder). */
export function ChatsPage() {
  return null;
}
