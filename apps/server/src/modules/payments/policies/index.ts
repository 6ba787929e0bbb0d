import { createHash } from "node:crypto";
import type { Locale } from "../../../platform/i18n.js";
import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";
import { maintenanceView, PROCESSING_TIMES, type ProcessingTime, stateAt } from "../methods/catalogue.js";
import { type PolicyChange, policyChanges } from "./changes.js";
import { canonicalJson, currentTerms, type PolicySnapshot } from "./snapshot.js";
import {
  insertVersion,
  latestVersion,
  listVersions,
  type VersionRow,
  type VersionSummary,
} from "./versions-repository.js";

export type { PolicyChange } from "./changes.js";

/**
 * The public deposit and withdrawal policies: fees, limits, processing times and required
 * verification per method and level, generated from the live configuration and catalogue,
 * so the page cannot drift from what the system does. Every change of terms becomes a new
 * numbered version with what changed; versions are recorded when the policies are read and
 * by a housekeeping chore, so a change shows up within a minute even if nobody looks.
 */
export interface Policies {
  chores: Chore[];
  /** Records a new version if the live terms differ from the latest one. */
  record(): Promise<{ version: VersionRow; created: boolean }>;
  /** The policies in force, in the reader's language. */
  current(locale: Locale): Promise<PublishedPolicies>;
  versions(
    locale: Locale,
    /** cursor: a nextCursor from a previous page (digits, checked by the route). */
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ data: PublishedVersion[]; nextCursor: string | null }>;
}

export interface PublishedVersion {
  version: number;
  effectiveFrom: string;
  changes: {
    path: string;
    before: string | number | null;
    after: string | number | null;
    description: string;
  }[];
}

export type PublishedPolicies = Awaited<ReturnType<typeof publish>>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const localized = (changes: PolicyChange[], locale: Locale) =>
  changes.map((c) => ({
    path: c.path,
    before: c.before,
    after: c.after,
    description: c.description[locale],
  }));

const presentVersion = (row: VersionSummary, locale: Locale): PublishedVersion => ({
  version: row.version,
  effectiveFrom: row.created_at.toISOString(),
  changes: localized(row.changes, locale),
});

/** A few attempts are plenty: each lost race means another process recorded a version meanwhile. */
const RECORD_ATTEMPTS = 3;

/** Makes `snapshot` the latest version unless it already is (safe against concurrent readers). */
async function record(
  deps: PaymentsDeps,
  snapshot: PolicySnapshot,
): Promise<{ version: VersionRow; created: boolean }> {
  const { db, clock } = deps.platform;
  const canonical = canonicalJson(snapshot);
  for (let attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const latest = await latestVersion(trx);
      if (latest && canonicalJson(latest.snapshot) === canonical) return { version: latest, created: false };
      const row: VersionRow = {
        version: (latest?.version ?? 0) + 1,
        // Chained to the previous version's hash: returning to earlier terms (a fee back to
        // what it was) is a new version, not a clash with the old one's unique hash.
        content_hash: sha256(`${latest?.content_hash ?? ""}\n${canonical}`),
        snapshot,
        changes: latest ? policyChanges(latest.snapshot, snapshot) : [],
        created_at: clock.now(),
      };
      return (await insertVersion(trx, row)) ? { version: row, created: true } : undefined;
    });
    if (outcome) return outcome;
  }
  const latest = await latestVersion(db);
  if (!latest) throw new Error("policy version could not be recorded");
  return { version: latest, created: false };
}

async function publish(deps: PaymentsDeps, locale: Locale) {
  const { snapshot, rows } = await currentTerms(deps);
  const { version } = await record(deps, snapshot);
  const live = new Map(rows.map((r) => [r.id, r]));
  // Live state, not a term: the status page's windows over each method (both directions).
  const windows = await deps.methods.windows(rows);
  const terms = version.snapshot;
  return {
    ...presentVersion(version, locale),
    currency: terms.currency,
    methods: terms.methods
      .filter((m) => live.has(m.id))
      .sort((a, b) => (live.get(a.id)?.position ?? 0) - (live.get(b.id)?.position ?? 0))
      .map((m) => {
        const row = live.get(m.id);
        const time = PROCESSING_TIMES[m.processingTime as ProcessingTime];
        return {
          id: m.id,
          kind: m.kind,
          name: m.name[locale],
          directions: m.directions,
          countries: m.countries,
          currencies: m.currencies,
          minAmount: m.minAmount,
          maxAmount: m.maxAmount,
          fee: m.fee,
          processingTime: { key: m.processingTime, text: time?.[locale] ?? m.processingTime },
          verificationLevel: {
            deposit: m.verificationLevel.deposit ?? null,
            withdrawal: m.verificationLevel.withdrawal ?? null,
          },
          state: row ? stateAt(row, windows.get(row.id)) : "paused",
          maintenance: maintenanceView(windows.get(m.id)),
        };
      }),
    limits: terms.limits,
    withdrawalReviewOver: terms.withdrawalReviewOver,
    payoutDestinationHoldHours: terms.payoutDestinationHoldHours,
    bankDepositExpiryDays: terms.bankDepositExpiryDays,
  };
}

export function createPolicies(deps: PaymentsDeps): Policies {
  return {
    chores: [
      [
        "policy versions recorded",
        async () => ((await record(deps, (await currentTerms(deps)).snapshot)).created ? 1 : 0),
      ],
    ],
    record: async () => record(deps, (await currentTerms(deps)).snapshot),
    current: (locale) => publish(deps, locale),
    async versions(locale, page) {
      const rows = await listVersions(deps.platform.db, {
        limit: page.limit + 1,
        before: page.cursor === undefined ? undefined : Number(page.cursor),
      });
      const shown = rows.slice(0, page.limit);
      const last = shown.at(-1);
      return {
        data: shown.map((r) => presentVersion(r, locale)),
        nextCursor: rows.length > page.limit && last ? String(last.version) : null,
      };
    },
  };
}
