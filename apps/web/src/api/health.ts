import { ApiError, request } from "./client";

/** The body of `GET /readyz` (200 when ready, 503 when not). */
export interface ServiceCheck {
  ok: boolean;
  latencyMs?: number;
  error?: string;
}

export interface ReadyzReport {
  status: "ok" | "unavailable";
  checks: {
    database: ServiceCheck;
    migrations: { ok: boolean; pending: string[] };
    /** Present only when the server runs with Redis (REDIS_URL). */
    redis?: ServiceCheck;
  };
}

/** The outcome of one readiness check, as the status page shows it. */
export type Readiness =
  | { kind: "report"; report: ReadyzReport }
  | { kind: "unreachable" }
  | { kind: "http"; status: number }
  | { kind: "invalid" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseServiceCheck(value: Record<string, unknown>, ok: boolean): ServiceCheck {
  return {
    ok,
    ...(typeof value.latencyMs === "number" ? { latencyMs: value.latencyMs } : {}),
    ...(typeof value.error === "string" && value.error ? { error: value.error } : {}),
  };
}

/** Validates a /readyz body; null when it does not have the documented shape. */
export function parseReadyz(body: unknown): ReadyzReport | null {
  if (!isRecord(body) || (body.status !== "ok" && body.status !== "unavailable")) return null;
  const checks = body.checks;
  if (!isRecord(checks) || !isRecord(checks.database) || !isRecord(checks.migrations)) return null;
  const { database, migrations } = checks;
  if (typeof database.ok !== "boolean" || typeof migrations.ok !== "boolean") return null;
  const pending = Array.isArray(migrations.pending)
    ? migrations.pending.filter((name): name is string => typeof name === "string")
    : [];
  const redis = checks.redis;
  return {
    status: body.status,
    checks: {
      database: parseServiceCheck(database, database.ok),
      migrations: { ok: migrations.ok, pending },
      ...(isRecord(redis) && typeof redis.ok === "boolean"
        ? { redis: parseServiceCheck(redis, redis.ok) }
        : {}),
    },
  };
}

/** True only when the server says it is ready and every check passed. */
export function isOperational(readiness: Readiness): boolean {
  if (readiness.kind !== "report") return false;
  const { status, checks } = readiness.report;
  return status === "ok" && checks.database.ok && checks.migrations.ok && (checks.redis?.ok ?? true);
}

/** Checks readiness; never rejects for server or network trouble (that is a result here), only on abort. */
export async function checkReadiness(signal?: AbortSignal): Promise<Readiness> {
  try {
    const body = await request<unknown>("/readyz", { acceptStatus: [503], ...(signal ? { signal } : {}) });
    const report = parseReadyz(body);
    return report ? { kind: "report", report } : { kind: "invalid" };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.isNetworkError) return { kind: "unreachable" };
    if (error.code === "invalid_response") return { kind: "invalid" };
    return { kind: "http", status: error.status };
  }
}
