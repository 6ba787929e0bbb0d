import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { currencyCode } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/index.js";
import type { MethodWindow } from "../../status/index.js";
import type { PaymentsDeps } from "../deps.js";
import {
  componentsOf,
  type MethodRow,
  maintenanceView,
  PROCESSING_TIMES,
  ppmToPercent,
  presentMethod,
  stateAt,
} from "../methods/catalogue.js";

const tags = ["Payment methods"];
const security = [{ bearerAuth: [] }];

const methodView = z.object({
  id: z.string(),
  kind: z.enum(["card", "bank_transfer", "ewallet"]),
  name: z.string(),
  direction: z.enum(["deposit", "withdrawal", "both"]),
  currencies: z.array(z.string()),
  countries: z.array(z.string()),
  currency: z.string().describe("The currency minAmount, maxAmount and fee.fixed are in"),
  minAmount: z.string(),
  maxAmount: z.string(),
  fee: z.object({ fixed: z.string(), percent: z.string() }),
  processingTime: z.object({ key: z.string(), text: z.string() }),
  verificationLevel: z.number().int(),
  state: z.enum(["active", "paused", "maintenance"]),
  maintenance: z
    .object({ startsAt: z.string(), endsAt: z.string() })
    .nullable()
    .describe(
      "The maintenance window going on, else the next one (from the status page: its component's, or one naming this method)",
    ),
});

const COUNTRY = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2}|\*)$/, "an ISO 3166 two-letter country code, or * for everywhere");
const USD = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "an amount in USD such as 10.00");
const PERCENT = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,4})?$/, "a percentage such as 2.9");
const isoTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

const adminMethodBody = z.object({
  kind: z.enum(["card", "bank_transfer", "ewallet"]),
  provider: z.string().trim().min(1).max(40),
  name: z.object({ en: z.string().trim().min(1).max(80), "zh-CN": z.string().trim().min(1).max(80) }),
  direction: z.enum(["deposit", "withdrawal", "both"]),
  countries: z.array(COUNTRY).min(1).max(250),
  currencies: z.array(currencyCode).min(1).max(50),
  minAmount: USD,
  maxAmount: USD,
  feeFixed: USD,
  feePercent: PERCENT,
  processingTime: z.enum(Object.keys(PROCESSING_TIMES) as [keyof typeof PROCESSING_TIMES]),
  depositLevel: z.number().int().min(0).max(2),
  withdrawalLevel: z.number().int().min(0).max(2),
  state: z.enum(["active", "paused"]),
  maintenance: z
    .object({ startsAt: isoTime, endsAt: isoTime })
    .nullable()
    .describe(
      "The method's own maintenance window, kept as a status-page maintenance naming only this method (shown on the status page); null takes it away",
    ),
  position: z.number().int().min(0).max(1000).optional(),
});

const toCents = (v: string) => {
  const [whole = "0", fraction = ""] = v.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
};
const toPpm = (v: string) => {
  const [whole = "0", fraction = ""] = v.split(".");
  return BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, "0"));
};
const centsText = (v: bigint) => `${v / 100n}.${(v % 100n).toString().padStart(2, "0")}`;

function toRow(body: Partial<z.output<typeof adminMethodBody>>) {
  return {
    ...(body.kind ? { kind: body.kind } : {}),
    ...(body.provider ? { provider: body.provider } : {}),
    ...(body.name ? { name: body.name } : {}),
    ...(body.direction ? { direction: body.direction } : {}),
    ...(body.countries ? { countries: [...new Set(body.countries)] } : {}),
    ...(body.currencies ? { currencies: [...new Set(body.currencies)] } : {}),
    ...(body.minAmount !== undefined ? { min_amount: toCents(body.minAmount) } : {}),
    ...(body.maxAmount !== undefined ? { max_amount: toCents(body.maxAmount) } : {}),
    ...(body.feeFixed !== undefined ? { fee_fixed: toCents(body.feeFixed) } : {}),
    ...(body.feePercent !== undefined ? { fee_ppm: toPpm(body.feePercent) } : {}),
    ...(body.processingTime ? { processing_time: body.processingTime } : {}),
    ...(body.depositLevel !== undefined ? { deposit_level: body.depositLevel } : {}),
    ...(body.withdrawalLevel !== undefined ? { withdrawal_level: body.withdrawalLevel } : {}),
    ...(body.state ? { state: body.state } : {}),
    ...(body.position !== undefined ? { position: body.position } : {}),
  };
}

/**
 * A method as admins see and edit it: every setting, amounts in USD; `maintenance` is its own
 * window (the one the editor sets), `currentState` counts every window over it.
 */
function presentAdmin(
  m: MethodRow,
  window: MethodWindow | undefined,
  own: { startsAt: Date; endsAt: Date } | undefined,
) {
  return {
    id: m.id,
    kind: m.kind,
    provider: m.provider,
    name: m.name,
    direction: m.direction,
    countries: m.countries,
    currencies: m.currencies,
    minAmount: centsText(m.min_amount),
    maxAmount: centsText(m.max_amount),
    feeFixed: centsText(m.fee_fixed),
    feePercent: ppmToPercent(m.fee_ppm),
    processingTime: m.processing_time,
    depositLevel: m.deposit_level,
    withdrawalLevel: m.withdrawal_level,
    state: m.state,
    currentState: stateAt(m, window),
    maintenance: own ? { startsAt: own.startsAt.toISOString(), endsAt: own.endsAt.toISOString() } : null,
    currentWindow: maintenanceView(window),
    position: m.position,
    updatedAt: m.updated_at.toISOString(),
  };
}

const adminView = z.object({
  id: z.string(),
  kind: z.string(),
  provider: z.string(),
  name: z.object({ en: z.string(), "zh-CN": z.string() }),
  direction: z.string(),
  countries: z.array(z.string()),
  currencies: z.array(z.string()),
  minAmount: z.string(),
  maxAmount: z.string(),
  feeFixed: z.string(),
  feePercent: z.string(),
  processingTime: z.string(),
  depositLevel: z.number(),
  withdrawalLevel: z.number(),
  state: z.string(),
  currentState: z.enum(["active", "paused", "maintenance"]),
  maintenance: z
    .object({ startsAt: z.string(), endsAt: z.string() })
    .nullable()
    .describe("The method's own window not over yet (a status-page maintenance naming only this method)"),
  currentWindow: z
    .object({ startsAt: z.string(), endsAt: z.string() })
    .nullable()
    .describe(
      "The window customers meet: going on now (to its real end), else the next; its own or one over its whole component",
    ),
  position: z.number(),
  updatedAt: z.string(),
});

/** The catalogue: what customers may use where they are, and the admin page's API. */
export const methodRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (app, { deps }) => {
  const { methods } = deps;

  /** Methods as admins see them, with their windows from the status page. */
  const presentAll = async (rows: MethodRow[]) => {
    const [windows, own] = await Promise.all([
      methods.windows(rows),
      deps.methodWindows.own(
        deps.platform.db,
        rows.map((m) => m.id),
      ),
    ]);
    return rows.map((m) => presentAdmin(m, windows.get(m.id), own.get(m.id)));
  };
  const presentOne = async (row: MethodRow) =>
    (await presentAll([row]))[0] as ReturnType<typeof presentAdmin>;

  /** The method's own window follows the editor (and the method's components); the gate hears of it after the commit. */
  const setWindow = (
    trx: Parameters<typeof deps.methodWindows.set>[0],
    actor: Parameters<typeof deps.methodWindows.set>[1],
    row: MethodRow,
    window: { startsAt: Date; endsAt: Date } | null | undefined,
  ) =>
    deps.methodWindows.set(trx, actor, { id: row.id, name: row.name, components: componentsOf(row) }, window);

  app.get(
    "/api/v1/payment-methods",
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        security,
        summary: "The methods available to the caller's country (and currency), with limits, fees and times",
        querystring: z.object({
          direction: z.enum(["deposit", "withdrawal"]).default("deposit"),
          currency: currencyCode.optional(),
        }),
        response: { 200: z.object({ data: z.array(methodView) }) },
      },
    },
    async (request) => {
      const profile = await deps.customers.profile(deps.platform.db, authOf(request).userId);
      const { direction, currency } = request.query;
      const available = await methods.availableTo({ country: profile?.country ?? null }, direction, currency);
      const windows = await methods.windows(available, direction);
      return {
        data: await Promise.all(
          available.map((m) =>
            presentMethod(deps, m, direction, request.locale, windows.get(m.id), currency ?? m.currencies[0]),
          ),
        ),
      };
    },
  );

  app.get(
    "/api/v1/admin/payment-methods",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: every payment method with all its settings (amounts in USD)",
        response: { 200: z.object({ data: z.array(adminView) }) },
      },
    },
    async () => ({ data: await presentAll(await methods.all()) }),
  );

  app.post(
    "/api/v1/admin/payment-methods",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: add a payment method (audited)",
        body: adminMethodBody.extend({
          id: z
            .string()
            .trim()
            .regex(/^[a-z][a-z0-9_]{1,39}$/, "lowercase letters, digits and underscores, such as bank_uk"),
        }),
        response: { 201: adminView },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const body = request.body;
      if (!deps.providers.has(body.provider))
        throw validation("/provider", `one of ${deps.providers.keys().join(", ")}`);
      if (toCents(body.maxAmount) < toCents(body.minAmount))
        throw validation("/maxAmount", "at least minAmount");
      const actor = { id: auth.userId, label: auth.role };
      const { row, windowChanged } = await deps.platform.db.transaction().execute(async (trx) => {
        const row = await methods.create(trx, actor, {
          ...(toRow(body) as Required<ReturnType<typeof toRow>>),
          id: body.id,
          position: body.position ?? 100,
        } as Parameters<typeof methods.create>[2]);
        return {
          row,
          windowChanged: body.maintenance ? await setWindow(trx, actor, row, body.maintenance) : false,
        };
      });
      if (windowChanged) await deps.methodWindows.changed();
      return reply.status(201).send(await presentOne(row));
    },
  );

  app.patch(
    "/api/v1/admin/payment-methods/:id",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: change a payment method: state, maintenance window, limits, fees, regions (audited)",
        params: z.object({ id: z.string().max(64) }),
        body: adminMethodBody.partial(),
        response: { 200: adminView },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const body = request.body;
      if (body.provider && !deps.providers.has(body.provider))
        throw validation("/provider", `one of ${deps.providers.keys().join(", ")}`);
      if (body.maintenance && body.maintenance.endsAt <= body.maintenance.startsAt)
        throw validation("/maintenance/endsAt", "after startsAt");
      const actor = { id: auth.userId, label: auth.role };
      const { row, windowChanged } = await deps.platform.db.transaction().execute(async (trx) => {
        const current = await methods.get(request.params.id, trx);
        const min = body.minAmount !== undefined ? toCents(body.minAmount) : current.min_amount;
        const max = body.maxAmount !== undefined ? toCents(body.maxAmount) : current.max_amount;
        if (max < min) throw validation("/maxAmount", "at least minAmount");
        const row = await methods.update(trx, actor, request.params.id, toRow(body));
        // A new kind or direction moves the method's window to its new components.
        const moved = row.kind !== current.kind || row.direction !== current.direction;
        const window = body.maintenance !== undefined || moved ? body.maintenance : "unchanged";
        return {
          row,
          windowChanged: window === "unchanged" ? false : await setWindow(trx, actor, row, window),
        };
      });
      if (windowChanged) await deps.methodWindows.changed();
      return presentOne(row);
    },
  );
};

function validation(path: string, message: string) {
  return new DomainError("validation_failed", {}, [{ in: "body", path, code: "invalid", message }]);
}
