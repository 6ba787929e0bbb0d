import type { Selectable } from "kysely";
import { z } from "zod";
import type { SimulatorPaymentsTable, SimulatorSettingsTable } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * The simulators' own records: what a real provider keeps on its side. Only the simulators
 * read or write simulator_payments and simulator_settings.
 */
export type SimulatorRow = Selectable<SimulatorPaymentsTable>;
export type SimulatorMode = SimulatorSettingsTable["mode"];
export type SimulatorKind = SimulatorRow["kind"];

/**
 * What a simulated provider remembers about a request besides amount and status. The table
 * has one free-text column for it (`scenario`), which holds this as JSON: the scenario's
 * name (which outcome the provider will give), and what its pages and later events need.
 * Never a card number or an account number: only brand, last 4 and expiry of a card.
 */
export const scenarioSchema = z.object({
  name: z.string(),
  card: z
    .object({ brand: z.string(), last4: z.string(), expMonth: z.number(), expYear: z.number() })
    .optional(),
  /** Where the customer's browser goes back to after the provider's page. */
  returnUrl: z.string().optional(),
  /** Which page the customer completes: a 3-D Secure challenge or an e-wallet approval. */
  page: z.enum(["3ds", "ewallet"]).optional(),
  method: z.string().optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export function scenarioOf(row: SimulatorRow): Scenario {
  try {
    return scenarioSchema.parse(JSON.parse(row.scenario));
  } catch {
    return { name: row.scenario };
  }
}

/** Inserts a request unless one with the same reference exists; returns the row that is there. */
export async function recordRequest(
  executor: Executor,
  row: Omit<SimulatorRow, "scenario"> & { scenario: Scenario },
): Promise<{ row: SimulatorRow; created: boolean }> {
  const values = { ...row, scenario: JSON.stringify(row.scenario) };
  const inserted = await executor
    .insertInto("simulator_payments")
    .values(values)
    .onConflict((oc) => oc.columns(["provider", "kind", "merchant_reference"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await findByReference(executor, row.provider, row.kind, row.merchant_reference);
  if (!existing) throw new Error("simulator request vanished after a conflict");
  return { row: existing, created: false };
}

export function findByReference(
  executor: Executor,
  provider: string,
  kind: SimulatorKind,
  reference: string,
): Promise<SimulatorRow | undefined> {
  return executor
    .selectFrom("simulator_payments")
    .selectAll()
    .where("provider", "=", provider)
    .where("kind", "=", kind)
    .where("merchant_reference", "=", reference)
    .executeTakeFirst();
}

export function findById(executor: Executor, id: string, options: { lock?: boolean } = {}) {
  let query = executor.selectFrom("simulator_payments").selectAll().where("id", "=", id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function setStatus(
  executor: Executor,
  id: string,
  change: { status: string; declineCode?: string | null; at: Date },
): Promise<void> {
  await executor
    .updateTable("simulator_payments")
    .set({
      status: change.status,
      ...(change.declineCode !== undefined ? { decline_code: change.declineCode } : {}),
      updated_at: change.at,
    })
    .where("id", "=", id)
    .execute();
}

export async function modeOf(executor: Executor, provider: string): Promise<SimulatorMode> {
  const row = await executor
    .selectFrom("simulator_settings")
    .select("mode")
    .where("provider", "=", provider)
    .executeTakeFirst();
  return row?.mode ?? "normal";
}

export function allSettings(executor: Executor) {
  return executor.selectFrom("simulator_settings").selectAll().execute();
}

export async function saveMode(executor: Executor, provider: string, mode: SimulatorMode, at: Date) {
  await executor
    .insertInto("simulator_settings")
    .values({ provider, mode, updated_at: at })
    .onConflict((oc) => oc.column("provider").doUpdateSet({ mode, updated_at: at }))
    .execute();
}
