// A ticket's field values, as the server's support tables define them (schema-support.ts): one
// list for the customer side (./support) and the agent console (./console), so both read and
// offer the same values.

export const TICKET_CATEGORIES = [
  "login_access",
  "transaction",
  "deposit",
  "withdrawal",
  "security",
  "verification",
  "other",
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CHANNELS = ["web", "email", "chat", "phone", "social"] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
