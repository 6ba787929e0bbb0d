import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { migrationStatus } from "../../platform/db/migrate.js";
import type { Platform } from "../../platform/platform.js";

const checkSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});

const readinessSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    checks: z.object({
      database: checkSchema,
      migrations: z.object({ ok: z.boolean(), pending: z.array(z.string()) }),
      redis: checkSchema.optional(),
    }),
  })
  .meta({ id: "Readiness" });

export interface RedisPing {
  ping(): Promise<unknown>;
}

async function timed(check: () => Promise<unknown>): Promise<z.infer<typeof checkSchema>> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness and readiness for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsyncZod<{ platform: Platform; redis?: RedisPing }> = async (
  app,
  { platform, redis },
) => {
  const startedAt = Date.now();

  app.get(
    "/healthz",
    {
      schema: {
        tags: ["Platform"],
        summary: "Liveness: the process is up",
        response: { 200: z.object({ status: z.literal("ok"), uptimeSeconds: z.number() }) },
      },
    },
    async () => ({ status: "ok" as const, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }),
  );

  app.get(
    "/readyz",
    {
      schema: {
        tags: ["Platform"],
        summary: "Readiness: the database answers and every migration is applied",
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (_request, reply) => {
      const database = await timed(() => sql`select 1`.execute(platform.db));
      let pending: string[] = [];
      let migrationsOk = false;
      if (database.ok) {
        try {
          pending = (await migrationStatus(platform.db)).pending;
          migrationsOk = pending.length === 0;
        } catch {
          migrationsOk = false;
        }
      }
      const redisCheck = redis ? await timed(() => redis.ping()) : undefined;
      const ok = database.ok && migrationsOk && (redisCheck?.ok ?? true);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? "ok" : "unavailable",
        checks: {
          database,
          migrations: { ok: migrationsOk, pending },
          ...(redisCheck ? { redis: redisCheck } : {}),
        },
      });
    },
  );
};
