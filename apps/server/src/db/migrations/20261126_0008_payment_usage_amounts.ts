import { type Kysely, sql } from "kysely";

/**
 * What each deposit and withdrawal counted against the customer's limits, in USD minor
 * units, as it was counted. Giving it back when the operation fails or is canceled must
 * return exactly that, not the amount converted again at a rate that has since moved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table deposits add column usage_usd bigint`.execute(db);
  await sql`alter table withdrawals add column usage_usd bigint`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table deposits drop column usage_usd`.execute(db);
  await sql`alter table withdrawals drop column usage_usd`.execute(db);
}
