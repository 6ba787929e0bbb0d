import type { FastifyRequest } from "fastify";
import type { Locale } from "../../platform/i18n.js";

/** Who is asking, as far as the network can tell: recorded with every security event. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
}

export function requestContext(request: FastifyRequest): RequestContext {
  const ua = request.headers["user-agent"];
  return {
    ip: request.ip ?? null,
    userAgent: typeof ua === "string" ? ua.slice(0, 512) : null,
    locale: request.locale,
  };
}

export const SYSTEM_CONTEXT: RequestContext = { ip: null, userAgent: null, locale: "en" };
