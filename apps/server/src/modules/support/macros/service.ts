import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { SupportMacrosTable } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { staffActor } from "./actor.js";
import { type MacroView, presentMacro } from "./present.js";
import { findMacro, insertMacros, listMacros, updateMacro } from "./repository.js";

/** Supervisors keep the macros everyone answers with; each change is in the audit trail. */

export type MacroStatus = NonNullable<SupportMacrosTable["set_status"]>;

export interface MacroInput {
  title: Bilingual;
  body: Bilingual;
  /** The ticket's status after a reply made with the macro; null leaves the reply's default. */
  setStatus: MacroStatus | null;
  addTags: string[];
}

const distinct = (tags: string[]) => [...new Set(tags)];

export async function macros(deps: SupportDeps): Promise<MacroView[]> {
  return (await listMacros(deps.platform.db)).map(presentMacro);
}

export async function macro(deps: SupportDeps, id: string): Promise<MacroView> {
  const row = await findMacro(deps.platform.db, id);
  if (!row) throw new DomainError("macro_not_found");
  return presentMacro(row);
}

export async function createMacro(deps: SupportDeps, staffId: string, input: MacroInput): Promise<MacroView> {
  const { db, clock, ids } = deps.platform;
  const actor = await staffActor(deps, staffId);
  const id = ids.next("macro");
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await insertMacros(trx, [
      {
        id,
        title: JSON.stringify(input.title),
        body: JSON.stringify(input.body),
        set_status: input.setStatus,
        add_tags: JSON.stringify(distinct(input.addTags)),
        created_by: staffId,
        created_at: now,
        updated_at: now,
      },
    ]);
    await deps.audit.record(
      trx,
      actor,
      "support.macro.created",
      { type: "support_macro", id },
      {
        title: input.title.en,
      },
    );
  });
  return macro(deps, id);
}

export async function changeMacro(
  deps: SupportDeps,
  staffId: string,
  id: string,
  patch: Partial<MacroInput>,
): Promise<MacroView> {
  const { db, clock } = deps.platform;
  const actor = await staffActor(deps, staffId);
  return db.transaction().execute(async (trx) => {
    const before = await findMacro(trx, id, { lock: true });
    if (!before) throw new DomainError("macro_not_found");
    const after = await updateMacro(trx, id, {
      ...(patch.title ? { title: JSON.stringify(patch.title) } : {}),
      ...(patch.body ? { body: JSON.stringify(patch.body) } : {}),
      ...(patch.setStatus !== undefined ? { set_status: patch.setStatus } : {}),
      ...(patch.addTags ? { add_tags: JSON.stringify(distinct(patch.addTags)) } : {}),
      updated_at: clock.now(),
    });
    await deps.audit.record(
      trx,
      actor,
      "support.macro.updated",
      { type: "support_macro", id },
      {
        changed: Object.keys(patch).sort(),
        title: after.title.en,
      },
    );
    return presentMacro(after);
  });
}

/** Soft delete: the macro leaves every list, replies made with it keep their reference. */
export async function deleteMacro(deps: SupportDeps, staffId: string, id: string): Promise<void> {
  const { db, clock } = deps.platform;
  const actor = await staffActor(deps, staffId);
  await db.transaction().execute(async (trx) => {
    const before = await findMacro(trx, id, { lock: true });
    if (!before) throw new DomainError("macro_not_found");
    const now = clock.now();
    await updateMacro(trx, id, { deleted_at: now, updated_at: now });
    await deps.audit.record(
      trx,
      actor,
      "support.macro.deleted",
      { type: "support_macro", id },
      {
        title: before.title.en,
      },
    );
  });
}
