import { type DatabaseIntrospector, type Kysely, sql, type TableMetadata } from "kysely";

/**
 * Kysely's migrator asks its introspector for every table of every schema to learn whether
 * its bookkeeping tables exist. On PostgreSQL that query resolves each column by name
 * (pg_get_serial_sequence), so it fails ("schema … does not exist", "column … does not
 * exist") when another process drops a schema or a column at that moment: the test suite
 * migrates one schema per file, in parallel, in one database. This introspector lists the
 * tables of one schema from pg_tables, names only, which no concurrent change can break.
 */
function schemaIntrospector(db: Kysely<unknown>, schema: string): DatabaseIntrospector {
  const getTables = async (): Promise<TableMetadata[]> => {
    const { rows } = await sql<{ name: string }>`
      select tablename as name from pg_catalog.pg_tables where schemaname = ${schema}`.execute(db);
    return rows.map((row) => ({ name: row.name, schema, isView: false, columns: [] }));
  };
  return {
    getSchemas: async () => {
      const { rows } = await sql<{
        name: string;
      }>`select nspname as name from pg_catalog.pg_namespace`.execute(db);
      return rows;
    },
    getTables,
    getMetadata: async () => ({ tables: await getTables() }),
  };
}

/**
 * The same Kysely instance, but whose `introspection` sees only `schema`. A proxy rather than
 * a new instance, so it shares the connection pool (and PGlite's single connection); methods
 * are bound to the real instance because Kysely keeps its state in private fields.
 */
export function scopedToSchema(db: Kysely<unknown>, schema: string): Kysely<unknown> {
  const introspection = schemaIntrospector(db, schema);
  return new Proxy(db, {
    get(target, property) {
      if (property === "introspection") return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
