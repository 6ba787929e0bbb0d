import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/index.js";
import type { Actor } from "../../audit/index.js";
import type { KycModule } from "../index.js";
import { caseSummary, caseView, rejectBody, security, adminTags as tags } from "./schemas.js";

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/pdf": "pdf",
};

/** The compliance review queue: cases, documents, approve, reject. Compliance officers and admins only. */
export const adminKycRoutes: FastifyPluginAsyncZod<{ kyc: KycModule }> = async (app, { kyc }) => {
  const { customers } = kyc.deps;
  app.addHook("onRequest", app.requireCompliance);
  // Audit entries name the reviewer by email, as the other admin actions do.
  const actorOf = async (request: FastifyRequest): Promise<Actor> => {
    const { userId } = authOf(request);
    const staff = await customers.profile(kyc.deps.platform.db, userId);
    return { id: userId, label: staff?.email ?? userId };
  };
  const userParams = z.object({ userId: z.string().min(1).max(64) });

  app.get(
    "/api/v1/admin/kyc",
    {
      schema: {
        tags,
        security,
        summary: "Verification cases in one state (pending by default), oldest submission first",
        querystring: z.object({
          status: z.enum(["pending", "approved", "rejected"]).default("pending"),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(200).optional(),
        }),
        response: { 200: z.object({ data: z.array(caseSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => kyc.review.list(request.query),
  );

  app.get(
    "/api/v1/admin/kyc/:userId",
    {
      schema: {
        tags,
        security,
        summary: "One customer's case: declared details, every document, review history",
        params: userParams,
        response: { 200: caseView },
      },
    },
    async (request) => kyc.review.get(request.params.userId),
  );

  app.get(
    "/api/v1/admin/kyc/documents/:documentId",
    {
      schema: {
        tags,
        security,
        summary: "A document's file, shown inline (every view is audited as kyc.document_viewed)",
        params: z.object({ documentId: z.string().min(1).max(64) }),
        produces: ["image/jpeg", "image/png", "application/pdf"],
        response: { 200: z.unknown().describe("The file's bytes, with its content type") },
      },
    },
    async (request, reply) => {
      const { document, file } = await kyc.review.document(await actorOf(request), request.params.documentId);
      const extension = EXTENSIONS[file.contentType] ?? "bin";
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `inline; filename="${document.kind}-${document.id}.${extension}"`)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .send(file.bytes);
    },
  );

  app.post(
    "/api/v1/admin/kyc/:userId/approve",
    {
      schema: {
        tags,
        security,
        summary: "Approve full verification: level 2, documents accepted, customer emailed (audited)",
        params: userParams,
        response: { 200: caseView },
      },
    },
    async (request) => {
      await kyc.review.approve(await actorOf(request), request.params.userId);
      return kyc.review.get(request.params.userId);
    },
  );

  app.post(
    "/api/v1/admin/kyc/:userId/reject",
    {
      schema: {
        tags,
        security,
        summary:
          "Reject with a reason the customer reads, naming documents to upload again (audited, emailed)",
        params: userParams,
        body: rejectBody,
        response: { 200: caseView },
      },
    },
    async (request) => {
      await kyc.review.reject(await actorOf(request), request.params.userId, request.body);
      return kyc.review.get(request.params.userId);
    },
  );
};
