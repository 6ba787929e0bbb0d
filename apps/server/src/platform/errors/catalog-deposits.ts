import type { ErrorDefinition } from "./catalog.js";

/** Errors of deposits; part of the one catalogue in catalog.ts. */
export const depositsErrors = {} as const satisfies Record<string, ErrorDefinition>;
