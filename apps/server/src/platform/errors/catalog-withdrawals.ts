import type { ErrorDefinition } from "./catalog.js";

/** Errors of withdrawals; part of the one catalogue in catalog.ts. */
export const withdrawalsErrors = {} as const satisfies Record<string, ErrorDefinition>;
