/** Callback requests by time slot (placeholder). */
export function CallbacksPage() {
  return null;
}
