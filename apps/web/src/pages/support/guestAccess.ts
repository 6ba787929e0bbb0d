// A guest's access to their tickets: the token the emailed link was exchanged for, kept in this
// tab's sessionStorage (not localStorage: it goes with the tab, like a signed-in session would).
// The link itself works once, so a reload finds the ticket through the token kept here.

const KEY = "satchel.support.guestAccess";

function read(): Record<string, string> {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    return {}; // storage blocked or damaged
  }
}

export function saveGuestAccess(ticketId: string, accessToken: string): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ ...read(), [ticketId]: accessToken }));
  } catch {
    // not kept: the ticket shows now, a reload needs a fresh link
  }
}

export function guestAccess(ticketId: string): string | null {
  return read()[ticketId] ?? null;
}

export function forgetGuestAccess(ticketId: string): void {
  const all = read();
  delete all[ticketId];
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // nothing to forget
  }
}
