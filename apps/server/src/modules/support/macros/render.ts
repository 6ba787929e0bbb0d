import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { findTicket, type TicketRow } from "../tickets/repository.js";
import { countUse, findMacro } from "./repository.js";
import type { MacroStatus } from "./service.js";

/**
 * A macro filled in for one ticket, ready for the reply box: the customer's name and wallet
 * number, the ticket number, the agent's name and links to help articles (their published
 * title in the reply's language). A variable that is unknown or has no value on this ticket
 * stays as written, so the agent sees it before sending.
 */
export interface RenderedMacro {
  body: string;
  language: HelpLocale;
  setStatus: MacroStatus | null;
  addTags: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const ARTICLE = /^article:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The first word of a Western name; a name written without spaces (most Chinese names) whole. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export async function renderMacro(
  deps: SupportDeps,
  input: { macroId: string; ticketId: string; staffId: string; language?: HelpLocale | undefined },
): Promise<RenderedMacro> {
  const { db } = deps.platform;
  const ticket = await findTicket(db, input.ticketId);
  if (!ticket || (ticket.user_id === null && ticket.guest_verified_at === null))
    throw new DomainError("ticket_not_found");
  const macro = await findMacro(db, input.macroId);
  if (!macro) throw new DomainError("macro_not_found");
  const language = input.language ?? ticket.language;

  const values = await variables(deps, ticket, input.staffId);
  const template = macro.body[language];
  const articles = await articleLinks(deps, template, language);
  const body = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name) ?? articles.get(name);
    return value === undefined || value === "" ? whole : value;
  });

  // Counted when it is put into a reply box: the most used macros are listed first.
  await countUse(db, macro.id);
  return { body, language, setStatus: macro.set_status, addTags: macro.add_tags };
}

async function variables(
  deps: SupportDeps,
  ticket: TicketRow,
  staffId: string,
): Promise<Map<string, string>> {
  const { db } = deps.platform;
  const [customer, agent] = await Promise.all([
    ticket.user_id ? deps.customers.profile(db, ticket.user_id) : Promise.resolve(undefined),
    deps.customers.profile(db, staffId),
  ]);
  const values = new Map<string, string>();
  const name = customer?.name?.trim() || ticket.requester_name?.trim();
  if (name) {
    values.set("customer.name", name);
    values.set("customer.firstName", firstNameOf(name));
  }
  const walletNumber = customer?.walletNumber ?? ticket.context.walletNumber;
  if (walletNumber) values.set("customer.walletNumber", walletNumber);
  values.set("ticket.number", `#${ticket.number}`);
  const agentName = agent?.name?.trim();
  if (agentName) values.set("agent.name", agentName);
  return values;
}

/** `article:<slug>` → "<published title> — <PUBLIC_URL>/help/<slug>"; unpublished or unknown slugs are left out. */
async function articleLinks(
  deps: SupportDeps,
  template: string,
  language: HelpLocale,
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    const slug = ARTICLE.exec(name)?.[1];
    if (!slug || links.has(name)) continue;
    try {
      // Not a read by a customer: the view count stays as it is.
      const article = await deps.help.reader.article(slug, language, { count: false });
      links.set(name, `${article.title} — ${deps.customers.url(`/help/${slug}`)}`);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "help_article_not_found")) throw error;
    }
  }
  return links;
}
