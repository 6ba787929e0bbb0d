import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { DomainError } from "../errors/domain-error.js";
import type { Platform } from "../platform.js";

/**
 * Prometheus metrics at /metrics: request latency by route and status, the database pool,
 * the outbox backlog and Node's process metrics. Each app has its own registry so tests
 * can build many apps in one process.
 */
declare module "fastify" {
  interface FastifyInstance {
    /** Where modules register their own metrics (transfer batches…). */
    metricsRegistry: Registry;
  }
}

export const metricsPlugin = fp(
  async (app: FastifyInstance, { platform }: { platform: Platform }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    app.decorate("metricsRegistry", registry);

    const latency = new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request latency by method, route and status code",
      labelNames: ["method", "route", "status_code"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });

    const pool = new Gauge({
      name: "satchel_db_pool_connections",
      help: "Database connections by state (total, idle, waiting callers)",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const stats = platform.database.poolStats();
        this.set({ state: "total" }, stats.total);
        this.set({ state: "idle" }, stats.idle);
        this.set({ state: "waiting" }, stats.waiting);
      },
    });
    void pool;

    new Gauge({
      name: "satchel_outbox_pending",
      help: "Side effects (email, SMS, webhooks) waiting in the outbox",
      registers: [registry],
      async collect() {
        try {
          this.set(await platform.outbox.pendingCount());
        } catch {
          // An unreachable database shows up in /readyz; the scrape itself must still work.
        }
      },
    });

    new Gauge({
      name: "satchel_outbox_dead",
      help: "Side effects that failed their last attempt, waiting for an admin (Admin: outbox)",
      registers: [registry],
      async collect() {
        try {
          this.set((await platform.outbox.counts()).dead);
        } catch {
          // As above: the scrape works without the database.
        }
      },
    });

    app.addHook("onResponse", async (request, reply) => {
      // Unmatched URLs share one label so random paths cannot explode the series count.
      const route = request.routeOptions.url ?? "unmatched";
      latency.observe(
        { method: request.method, route, status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });

    const expected = platform.config.metricsToken
      ? Buffer.from(`Bearer ${platform.config.metricsToken}`)
      : undefined;
    app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
      if (expected) {
        const sent = Buffer.from(request.headers.authorization ?? "");
        if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
          throw new DomainError("authentication_required");
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: "satchel-metrics" },
);
