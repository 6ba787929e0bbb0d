import type { SupportDeps } from "../deps.js";

// PLACEHOLDER (owner: macros helper): the starter macros in both languages.
export async function seedMacros(_deps: SupportDeps): Promise<void> {}
