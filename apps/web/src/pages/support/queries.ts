import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchContactOptions } from "../../api/support";
import { currentLanguage } from "../../i18n";

/**
 * Query keys of the customer's support pages. A signed-in customer's tickets live under
 * "account" (dropped when who is signed in changes); a guest's ticket is keyed by its id alone.
 */
export const supportKeys = {
  options: (lang: string) => ["support", "contact-options", lang] as const,
  tickets: ["account", "support", "tickets"] as const,
  ticketList: (status: "open" | "closed") => ["account", "support", "tickets", "list", status] as const,
  ticket: (id: string) => ["account", "support", "tickets", "detail", id] as const,
  guestTicket: (id: string) => ["support", "guest-ticket", id] as const,
};

/** How to reach us; changes rarely (supervisors edit hours and holidays). */
export function useContactOptions() {
  useTranslation(); // holiday names follow the interface language
  const lang = currentLanguage();
  return useQuery({
    queryKey: supportKeys.options(lang),
    queryFn: ({ signal }) => fetchContactOptions(lang, signal),
    staleTime: 5 * 60_000,
  });
}
