import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/test-db.js";
import { DataDirLockedError } from "./data-dir-lock.js";
import { type Database, openDatabase } from "./database.js";
import { migrateToLatest, migrationStatus } from "./migrate.js";

describe(`database on ${testDatabaseKind}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.close());

  it("applies every migration once, reporting each step", async () => {
    expect((await migrationStatus(database.db)).applied).toEqual([]);
    const steps: string[] = [];
    const applied = await migrateToLatest(database.db, (s) => steps.push(`${s.index}/${s.total} ${s.name}`));
    expect(applied.length).toBeGreaterThan(0);
    expect(steps).toHaveLength(applied.length);
    expect(steps[0]).toMatch(/^1\/\d+ \d{8}_\d{4}_/);
    expect((await migrationStatus(database.db)).pending).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it("returns bigint for int8, so amounts never pass through a float", async () => {
    const { rows } = await sql<{ big: bigint }>`select 9223372036854775807::int8 as big`.execute(database.db);
    expect(rows[0]?.big).toBe(9_223_372_036_854_775_807n);
    const param = await sql<{ v: bigint }>`select ${9_007_199_254_740_993n}::int8 + 1 as v`.execute(
      database.db,
    );
    expect(param.rows[0]?.v).toBe(9_007_199_254_740_994n);
  });

  it("rolls back a failed transaction completely", async () => {
    const now = new Date();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("platform_meta")
          .values({ key: "rollback-me", value: "{}" as never, updated_at: now })
          .execute();
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const row = await database.db
      .selectFrom("platform_meta")
      .selectAll()
      .where("key", "=", "rollback-me")
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it("keeps concurrent transactions apart", async () => {
    const now = new Date();
    await database.db
      .insertInto("platform_meta")
      .values({ key: "counter", value: '{"n":0}' as never, updated_at: now })
      .execute();
    // Twenty read-modify-write transactions at once; row locks (PostgreSQL) or the single
    // connection (PGlite) must serialize them, so no increment is lost.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom("platform_meta")
            .select("value")
            .where("key", "=", "counter")
            .forUpdate()
            .executeTakeFirstOrThrow();
          const n = Number(row.value.n);
          await trx
            .updateTable("platform_meta")
            .set({ value: JSON.stringify({ n: n + 1 }) as never })
            .where("key", "=", "counter")
            .execute();
        }),
      ),
    );
    const final = await database.db
      .selectFrom("platform_meta")
      .select("value")
      .where("key", "=", "counter")
      .executeTakeFirstOrThrow();
    expect(final.value.n).toBe(20);
  });
});

describe("embedded database on disk", () => {
  it("keeps its data across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "satchel-pglite-"));
    const first = await openDatabase({ dataDir: dir });
    await migrateToLatest(first.db);
    await first.db
      .insertInto("platform_meta")
      .values({ key: "kept", value: '{"ok":true}' as never, updated_at: new Date() })
      .execute();
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    expect((await migrationStatus(second.db)).pending).toEqual([]);
    const row = await second.db
      .selectFrom("platform_meta")
      .select("value")
      .where("key", "=", "kept")
      .executeTakeFirst();
    expect(row?.value).toEqual({ ok: true });
    await second.close();
  });
});

describe("embedded database lock", () => {
  it("keeps a second opener out while the first has it, and lets it in afterwards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "satchel-lock-"));
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    await second.close();
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = mkdtempSync(join(tmpdir(), "satchel-lock-"));
    writeFileSync(join(dir, "satchel.lock"), "999999999");
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  });

  it("takes over a lock whose pid now belongs to another process (a container restart)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "satchel-lock-"));
    // The dead owner had our pid, or pid 1, but started at another time.
    for (const pid of [process.pid, 1]) {
      writeFileSync(join(dir, "satchel.lock"), JSON.stringify({ pid, started: "another-boot:12345" }));
      const db = await openDatabase({ dataDir: dir });
      await db.close();
    }
  });
});
