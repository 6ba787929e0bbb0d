import { type Kysely, type MigrationResultSet, Migrator, sql } from "kysely";
import { migrations } from "../../db/migrations/index.js";
import { scopedToSchema } from "./schema-scoped.js";

/**
 * Kysely looks for its bookkeeping tables in every schema unless told which one, so a
 * database holding several Satchel schemas (tests do that) would confuse it: name the
 * schema the connection works in.
 */
async function migrator<T>(db: Kysely<T>): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";
  return new Migrator({
    db: scopedToSchema(db as unknown as Kysely<unknown>, schema),
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export async function migrationStatus<T>(db: Kysely<T>): Promise<MigrationStatus> {
  const all = await (await migrator(db)).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(
      `Migration ${migration ?? "(setup)"} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = "MigrationError";
  }
}

/**
 * Applies pending migrations one at a time so a caller can show progress. Kysely takes a
 * lock per step, so two processes starting at once do not apply the same migration twice.
 */
export async function migrateToLatest<T>(
  db: Kysely<T>,
  onStep: (step: { name: string; index: number; total: number }) => void = () => {},
): Promise<string[]> {
  const m = await migrator(db);
  const { pending } = await migrationStatus(db);
  const applied: string[] = [];
  for (const [index, name] of pending.entries()) {
    onStep({ name, index: index + 1, total: pending.length });
    const result: MigrationResultSet = await m.migrateUp();
    if (result.error) {
      const failed = result.results?.find((r) => r.status === "Error")?.migrationName;
      throw new MigrationError(failed ?? name, result.error);
    }
    for (const r of result.results ?? []) applied.push(r.migrationName);
  }
  return applied;
}
