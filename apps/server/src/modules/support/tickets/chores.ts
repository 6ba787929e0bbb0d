import type { Chore } from "../../payments/index.js";
import type { SupportDeps } from "../deps.js";

// PLACEHOLDER (owner: tickets helper): purge expired guest links, drop unverified guest tickets.
export function ticketChores(_deps: SupportDeps): Chore[] {
  return [];
}
