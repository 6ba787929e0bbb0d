import type { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import {
  DOCUMENT_CONTENT_TYPES,
  detectDocumentType,
  isDocumentContentType,
} from "../../../platform/storage/file-type.js";
import { authOf } from "../../accounts/index.js";
import type { KycModule } from "../index.js";
import { customerGuard } from "./customer-routes.js";
import { documentKind, documentView, security, tags } from "./schemas.js";

/**
 * Reads a raw body up to `limit` bytes. Past the limit it stops listening and answers
 * `document_too_large` at once (a Content-Length over the limit is refused before reading).
 */
function readUpTo(payload: Readable, limit: number, declaredLength: string | undefined): Promise<Buffer> {
  const tooLarge = () =>
    new DomainError("document_too_large", { maxMb: Math.round((limit / (1024 * 1024)) * 10) / 10 }, [], {
      maxBytes: limit,
    });
  if (declaredLength !== undefined && Number(declaredLength) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      payload.off("data", onData);
      payload.off("end", onEnd);
      payload.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    payload.on("data", onData);
    payload.on("end", onEnd);
    payload.on("error", onError);
  });
}

/**
 * Document upload: the file itself is the body. In this scope only, every body is read as
 * raw bytes (up to KYC_MAX_UPLOAD_MB); the rest of the API keeps its JSON parser.
 */
export const uploadKycRoutes: FastifyPluginAsyncZod<{ kyc: KycModule }> = async (app, { kyc }) => {
  const limit = kyc.deps.platform.config.payments.kycMaxUploadBytes;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (request, payload, done) => {
    readUpTo(payload, limit, request.headers["content-length"]).then(
      (bytes) => done(null, bytes),
      (error: Error) => done(error, undefined),
    );
  });
  app.addHook("onRequest", customerGuard(app));

  app.put(
    "/api/v1/me/verification/documents/:kind",
    {
      bodyLimit: limit,
      schema: {
        tags,
        security,
        summary:
          "Upload a document (the raw file as the body). Its type is decided by its content; a new upload replaces the previous one of that kind",
        description:
          "Send Content-Type image/jpeg, image/png or application/pdf. The bytes must be a JPEG, PNG or PDF (checked by their first bytes); " +
          "the type stored and shown is the one the content has, even if a different one of the three was sent. " +
          "Refusals: 415 document_type_not_allowed, 413 document_too_large, 400 document_empty, 409 kyc_already_pending or kyc_locked.",
        consumes: [...DOCUMENT_CONTENT_TYPES],
        params: z.object({ kind: documentKind }),
        body: z.unknown().describe("The file's bytes"),
        response: { 201: z.object({ document: documentView }) },
      },
    },
    async (request, reply) => {
      const declared = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!isDocumentContentType(declared)) throw new DomainError("document_type_not_allowed");
      if (bytes.length === 0) throw new DomainError("document_empty");
      const detected = detectDocumentType(bytes);
      if (!detected) throw new DomainError("document_type_not_allowed");
      const document = await kyc.upload(authOf(request).userId, request.params.kind, bytes, detected);
      return reply.status(201).send({ document });
    },
  );
};
