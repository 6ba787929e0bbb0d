import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { parseAmount } from "../platform/money/money.js";

/**
 * A route of the kind every module will have (zod body, domain errors), registered here so
 * the error pipeline is tested before the product's own write routes exist.
 */
export const probeRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/test/probe",
    {
      schema: {
        body: z.strictObject({
          amount: z.string().max(64),
          currency: z.string().length(3),
          note: z.string().max(140).optional(),
          tags: z.array(z.string().max(20)).max(5).optional(),
          recipient: z.object({ email: z.email() }),
        }),
      },
    },
    async (request) => {
      const minor = parseAmount(request.body.amount, request.body.currency);
      if (request.body.note === "explode") throw new Error("a bug, not the client's fault");
      if (request.body.note === "race") {
        // What pg throws when a unique index refuses a row.
        throw Object.assign(new Error('duplicate key value violates unique constraint "users_phone_key"'), {
          code: "23505",
        });
      }
      return { minor: minor.toString() };
    },
  );
};
