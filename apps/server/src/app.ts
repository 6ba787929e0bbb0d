import type { IncomingMessage, Server, ServerResponse } from "node:http";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { Redis } from "ioredis";
import { registerAccounts } from "./modules/accounts/http/index.js";
import { healthRoutes } from "./modules/health/health-routes.js";
import { registerHelp } from "./modules/help/http/index.js";
import { registerKyc } from "./modules/kyc/http/index.js";
import { devMailboxRoutes } from "./modules/messaging/index.js";
import { registerNotifications } from "./modules/notifications/http/index.js";
import { registerPayments } from "./modules/payments/http/index.js";
import { registerStatus } from "./modules/status/http/index.js";
import { receiveEmail } from "./modules/support/channels/email/receive.js";
import { registerSupport } from "./modules/support/http/index.js";
import { registerWallets } from "./modules/wallets/http/index.js";
import { errorCatalogRoutes } from "./platform/http/error-catalog-routes.js";
import { errorsPlugin, sendProblem } from "./platform/http/errors-plugin.js";
import { metricsPlugin } from "./platform/http/metrics-plugin.js";
import { openapiPlugin } from "./platform/http/openapi-plugin.js";
import { securityPlugin } from "./platform/http/security-plugin.js";
import { wantsWebApp, webPlugin } from "./platform/http/web-plugin.js";
import { DEFAULT_LOCALE, type Locale, negotiateLocale } from "./platform/i18n.js";
import type { Platform } from "./platform/platform.js";
import { createServices, type Services } from "./services.js";
import { VERSION } from "./version.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The caller's language, from Accept-Language. */
    locale: Locale;
  }
  interface FastifyInstance {
    platform: Platform;
    services: Services;
  }
}

export interface BuildOptions {
  platform: Platform;
  /** The modules' services; made from the platform when not given. */
  services?: Services;
  /** Serve the built web app (default true). Tests of the API leave it out. */
  web?: boolean;
  /** Directory of the built web app, when not apps/web/dist. */
  webRoot?: string;
}

/** The app as built: Fastify with zod schemas as the type provider. */
export type SatchelApp = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Builds the whole HTTP application without listening, so tests can drive it with
 * `app.inject` and main.ts can listen. Workers are started by the caller (see main.ts).
 */
export async function build(options: BuildOptions): Promise<SatchelApp> {
  const { platform } = options;
  const { config } = platform;

  const app = Fastify({
    loggerInstance: platform.log as FastifyBaseLogger,
    // Request lines would drown the log; latency lives in /metrics, errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Reuse a caller's request id when it looks like one, so a trace spans systems.
    genReqId: (request) => {
      const incoming = request.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID.test(incoming)
        ? incoming
        : platform.ids.next("request");
    },
    routerOptions: { maxParamLength: 200 },
    // Unparseable URLs fail in the router, before any hook: answer them as problems too.
    frameworkErrors: (_error, request, reply) => {
      request.locale = negotiateLocale(request.headers["accept-language"]);
      return sendProblem(request, reply, "bad_request");
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services = options.services ?? createServices(platform);
  app.decorate("platform", platform);
  app.decorate("services", services);
  app.decorateRequest("locale", DEFAULT_LOCALE);
  app.addHook("onRequest", async (request, reply) => {
    request.locale = negotiateLocale(request.headers["accept-language"]);
    reply.header("x-request-id", request.id);
  });

  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
    : undefined;
  redis?.on("error", (error) => app.log.warn({ err: error }, "redis error"));
  // Commands sent before the connection is ready fail (no offline queue) and the rate limiter
  // lets them through, so give Redis a moment to connect before serving; a Redis that is down
  // does not hold the API back for long.
  if (redis) await redisReady(redis, 3000);
  app.addHook("onClose", async () => {
    redis?.disconnect();
  });

  await app.register(errorsPlugin, { bodyLimit: config.bodyLimit });
  await app.register(securityPlugin, { config, redis });
  await app.register(metricsPlugin, { platform });
  await app.register(openapiPlugin, { config, version: VERSION });

  await app.register(healthRoutes, { platform, ...(redis ? { redis } : {}) });
  await registerAccounts(app, services.accounts.deps);
  await registerWallets(app, services.wallets);
  await registerPayments(app, services.payments);
  await registerKyc(app, services.kyc);
  await registerHelp(app, services.help);
  await registerSupport(app, services.support);
  await registerStatus(app, services.status);
  await registerNotifications(app, services.notifications);
  await app.register(errorCatalogRoutes);
  if (config.devTools)
    await app.register(devMailboxRoutes, {
      platform,
      // "Reply as the customer" in the dev mailbox goes in the way every inbound email does.
      receiveEmail: (raw) => receiveEmail(services.support.deps, raw),
    });

  const web = options.web ?? true;
  if (web) await app.register(webPlugin, options.webRoot ? { root: options.webRoot } : {});
  app.setNotFoundHandler((request, reply) => {
    if (web && wantsWebApp(request) && app.serveWebApp(reply)) return reply;
    return sendProblem(request, reply, "not_found");
  });

  return app;
}

/** Resolves when Redis is ready or after `timeoutMs`, whichever comes first; never rejects. */
function redisReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    redis.once("ready", done);
  });
}
