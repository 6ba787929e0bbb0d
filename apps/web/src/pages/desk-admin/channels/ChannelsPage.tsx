/** The channels admin page: settings, secrets, health (placeholder). */
export function ChannelsPage() {
  return null;
}
