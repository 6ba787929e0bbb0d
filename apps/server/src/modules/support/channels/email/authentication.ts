/**
 * Whether the receiving mail server authenticated the From address of an inbound mail, read
 * from its Authentication-Results headers (RFC 8601). Only headers stamped with OUR MTA's
 * authserv-id count: anyone can write an Authentication-Results header into a mail they send,
 * and a well-behaved MTA removes or ignores foreign ones, but we never trust them either.
 * Authenticated: dmarc=pass, or dkim=pass with a signing domain (header.d, or header.i's
 * domain) aligned with the From domain (the same domain, or the From domain is under it).
 */

interface ResultClause {
  method: string;
  result: string;
  props: Map<string, string>;
}

/** Comments "( … )" carry nothing we read (and may hold ";" or "="). */
const withoutComments = (value: string) => {
  let out = "";
  let depth = 0;
  let quoted = false;
  for (const char of value) {
    if (char === '"' && depth === 0) quoted = !quoted;
    if (!quoted && char === "(") depth += 1;
    else if (!quoted && char === ")" && depth > 0) depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
};

const unquote = (value: string) => value.replace(/^"(.*)"$/, "$1");

/** "authserv-id [version]; method=result prop=value …; …" → its id and result clauses. */
export function parseAuthenticationResults(value: string): { authservId: string; results: ResultClause[] } {
  const [head = "", ...clauses] = withoutComments(value).split(";");
  const authservId = unquote(head.trim().split(/\s+/)[0] ?? "").toLowerCase();
  const results: ResultClause[] = [];
  for (const clause of clauses) {
    const [first, ...rest] = clause.trim().split(/\s+/);
    const pair = /^([a-z0-9_-]+)(?:\/[^=]*)?=([a-z0-9_-]+)$/i.exec(first ?? "");
    if (!pair?.[1] || !pair[2]) continue;
    const props = new Map<string, string>();
    for (const token of rest) {
      const eq = token.indexOf("=");
      if (eq > 0) props.set(token.slice(0, eq).toLowerCase(), unquote(token.slice(eq + 1)).toLowerCase());
    }
    results.push({ method: pair[1].toLowerCase(), result: pair[2].toLowerCase(), props });
  }
  return { authservId, results };
}

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

/** Relaxed alignment without a public-suffix list: the same domain, or the From domain under the signer's. */
const aligned = (fromDomain: string, signer: string | undefined) =>
  signer !== undefined && signer.length > 0 && (fromDomain === signer || fromDomain.endsWith(`.${signer}`));

export function senderAuthenticated(
  headerValues: readonly string[],
  authservId: string,
  fromAddress: string,
): boolean {
  const ours = authservId.trim().toLowerCase();
  const fromDomain = domainOf(fromAddress);
  for (const value of headerValues) {
    const { authservId: id, results } = parseAuthenticationResults(value);
    if (id !== ours) continue;
    for (const r of results) {
      if (r.result !== "pass") continue;
      if (r.method === "dmarc") {
        const checked = r.props.get("header.from");
        if (checked === undefined || checked === fromDomain) return true;
      }
      if (r.method === "dkim") {
        const identity = r.props.get("header.i");
        const identityDomain = identity ? domainOf(identity) : undefined;
        if (aligned(fromDomain, r.props.get("header.d")) || aligned(fromDomain, identityDomain)) return true;
      }
    }
  }
  return false;
}
