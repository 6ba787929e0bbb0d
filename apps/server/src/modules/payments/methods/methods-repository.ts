import type { Insertable, Selectable } from "kysely";
import type { PaymentMethodsTable } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

export type MethodRow = Selectable<PaymentMethodsTable>;
export type NewMethodRow = Omit<Insertable<PaymentMethodsTable>, "name" | "countries" | "currencies"> & {
  name: { en: string; "zh-CN": string };
  countries: string[];
  currencies: string[];
};

/** The row with its jsonb members as JSON text, as the driver writes them. */
function toColumns(row: Partial<NewMethodRow>): Partial<Insertable<PaymentMethodsTable>> {
  const { name, countries, currencies, ...rest } = row;
  return {
    ...rest,
    ...(name ? { name: JSON.stringify(name) } : {}),
    ...(countries ? { countries: JSON.stringify(countries) } : {}),
    ...(currencies ? { currencies: JSON.stringify(currencies) } : {}),
  };
}

export function allMethods(executor: Executor): Promise<MethodRow[]> {
  return executor.selectFrom("payment_methods").selectAll().orderBy("position").orderBy("id").execute();
}

export function findMethod(executor: Executor, id: string): Promise<MethodRow | undefined> {
  return executor.selectFrom("payment_methods").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertMethods(executor: Executor, rows: NewMethodRow[]): Promise<void> {
  if (rows.length === 0) return;
  await executor
    .insertInto("payment_methods")
    .values(rows.map((r) => toColumns(r) as Insertable<PaymentMethodsTable>))
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

export async function updateMethod(
  executor: Executor,
  id: string,
  patch: Partial<NewMethodRow>,
): Promise<void> {
  await executor.updateTable("payment_methods").set(toColumns(patch)).where("id", "=", id).execute();
}
