import type { ErrorDefinition } from "./catalog.js";

/** Errors of kyc; part of the one catalogue in catalog.ts. */
export const kycErrors = {} as const satisfies Record<string, ErrorDefinition>;
