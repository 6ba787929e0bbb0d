import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Redis } from "ioredis";
import type { Config } from "../../config.js";

/** A 429 that the error handler turns into a `rate_limited` problem. */
class RateLimitedError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfter: number) {
    super("rate limited");
  }
}

/**
 * Security headers, CORS (off unless CORS_ORIGINS lists origins) and rate limiting of the
 * API: in memory on one node, shared through Redis when REDIS_URL is set.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, { config, redis }: { config: Config; redis?: Redis | undefined }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          frameSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          // Over plain HTTP (development) upgrading would break every asset.
          upgradeInsecureRequests: config.publicUrl.startsWith("https://") ? [] : null,
        },
      },
      hsts: config.publicUrl.startsWith("https://"),
      crossOriginEmbedderPolicy: false,
    });

    if (config.corsOrigins.length > 0) {
      await app.register(cors, { origin: config.corsOrigins, credentials: true });
    }

    await app.register(rateLimit, {
      global: true,
      max: config.rateLimitPerMinute,
      timeWindow: "1 minute",
      ...(redis ? { redis, nameSpace: "satchel:rl:" } : {}),
      // A Redis outage must not take the API down with it.
      skipOnError: true,
      // Only the API is limited; the web app's files and health checks are not.
      allowList: (request) => !request.url.startsWith("/api/"),
      errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
    });
  },
  { name: "satchel-security" },
);
