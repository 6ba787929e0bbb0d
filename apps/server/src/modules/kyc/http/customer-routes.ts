import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf } from "../../accounts/index.js";
import type { KycModule } from "../index.js";
import { profileBody, security, tags, verificationView } from "./schemas.js";

/** Verification is a customer's business: staff accounts have no wallets to verify. */
export function customerGuard(app: { requireUser(request: FastifyRequest): Promise<void> }) {
  return async (request: FastifyRequest) => {
    await app.requireUser(request);
    if (authOf(request).role !== "customer") throw new DomainError("forbidden");
  };
}

/** The customer's side of verification: status, basic details, asking for a level. */
export const customerKycRoutes: FastifyPluginAsyncZod<{ kyc: KycModule }> = async (app, { kyc }) => {
  app.addHook("onRequest", customerGuard(app));

  app.get(
    "/api/v1/me/verification",
    {
      schema: {
        tags,
        security,
        summary:
          "My verification: level, review state, what is missing, documents, limits now and at the next level",
        response: { 200: verificationView },
      },
    },
    async (request) => kyc.status(authOf(request).userId),
  );

  app.put(
    "/api/v1/me/verification/profile",
    {
      schema: {
        tags,
        security,
        summary:
          "Save legal name, date of birth (18+) and address; level 1 is granted at once if the phone is verified too",
        body: profileBody,
        response: { 200: verificationView },
      },
    },
    async (request) => kyc.saveProfile(authOf(request).userId, request.body),
  );

  app.post(
    "/api/v1/me/verification/submit",
    {
      schema: {
        tags,
        security,
        summary:
          "Ask for a level: 1 is granted at once when complete, 2 goes to compliance review (409 kyc_incomplete lists what is missing)",
        body: z.object({ level: z.union([z.literal(1), z.literal(2)]) }),
        response: { 200: verificationView },
      },
    },
    async (request) => kyc.submit(authOf(request).userId, request.body.level),
  );
};
