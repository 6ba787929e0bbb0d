import type { MacroRow } from "./repository.js";

/** A macro as the console and the supervisors' editor show it. */
export function presentMacro(m: MacroRow) {
  return {
    id: m.id,
    title: m.title,
    body: m.body,
    setStatus: m.set_status,
    addTags: m.add_tags,
    usageCount: m.usage_count,
    updatedAt: m.updated_at.toISOString(),
  };
}

export type MacroView = ReturnType<typeof presentMacro>;
