/** The app-wide banner for maintenance starting within 72 hours, under way, or a major incident. */
export function MaintenanceBanner() {
  return null;
}
