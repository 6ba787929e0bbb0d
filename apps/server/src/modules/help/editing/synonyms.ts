import { DomainError } from "../../../platform/errors/domain-error.js";
import type { HelpDeps } from "../deps.js";
import {
  deleteSynonym,
  insertSynonyms,
  listSynonyms,
  lockSynonym,
  type SynonymRow,
  updateSynonym,
} from "../synonyms-repository.js";
import { assertStaff, notifySynonymsChanged, type StaffActor } from "./shared.js";

export interface SynonymGroup {
  id: string;
  terms: string[];
  updatedAt: string;
}

const present = (row: SynonymRow): SynonymGroup => ({
  id: row.id,
  terms: row.terms,
  updatedAt: row.updated_at.toISOString(),
});

/** Terms trimmed, inner spaces collapsed, lower case (search compares that way), each once. */
export function cleanTerms(terms: readonly string[]): string[] {
  const cleaned = [
    ...new Set(terms.map((t) => t.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase())),
  ];
  const kept = cleaned.filter((t) => t !== "");
  if (kept.length < 2)
    throw new DomainError("validation_failed", {}, [
      { in: "body", path: "/terms", code: "too_small", message: "at least two different terms" },
    ]);
  return kept;
}

export async function synonymGroups(deps: HelpDeps): Promise<SynonymGroup[]> {
  return (await listSynonyms(deps.platform.db)).map(present);
}

export async function createSynonymGroup(
  deps: HelpDeps,
  actor: StaffActor,
  terms: readonly string[],
): Promise<SynonymGroup> {
  assertStaff(actor);
  const { db, clock, ids } = deps.platform;
  const now = clock.now();
  const row: SynonymRow = {
    id: ids.next("helpSynonym"),
    terms: cleanTerms(terms),
    updated_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertSynonyms(trx, [row]);
    await deps.audit.record(
      trx,
      actor,
      "help.synonyms_created",
      { type: "help_synonym", id: row.id },
      {
        terms: row.terms,
      },
    );
  });
  await notifySynonymsChanged(deps);
  return present(row);
}

export async function updateSynonymGroup(
  deps: HelpDeps,
  actor: StaffActor,
  id: string,
  terms: readonly string[],
): Promise<SynonymGroup> {
  assertStaff(actor);
  const { db, clock } = deps.platform;
  const cleaned = cleanTerms(terms);
  const now = clock.now();
  const row = await db.transaction().execute(async (trx) => {
    const before = await lockSynonym(trx, id);
    if (!before) throw new DomainError("help_synonym_not_found");
    await updateSynonym(trx, id, { terms: cleaned, updated_by: actor.id, updated_at: now });
    await deps.audit.record(
      trx,
      actor,
      "help.synonyms_updated",
      { type: "help_synonym", id },
      {
        before: before.terms,
        after: cleaned,
      },
    );
    return { ...before, terms: cleaned, updated_by: actor.id, updated_at: now };
  });
  await notifySynonymsChanged(deps);
  return present(row);
}

export async function deleteSynonymGroup(deps: HelpDeps, actor: StaffActor, id: string): Promise<void> {
  assertStaff(actor);
  await deps.platform.db.transaction().execute(async (trx) => {
    const before = await lockSynonym(trx, id);
    if (!before) throw new DomainError("help_synonym_not_found");
    await deleteSynonym(trx, id);
    await deps.audit.record(
      trx,
      actor,
      "help.synonyms_deleted",
      { type: "help_synonym", id },
      {
        terms: before.terms,
      },
    );
  });
  await notifySynonymsChanged(deps);
}
