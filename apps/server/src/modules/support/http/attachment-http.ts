import type { FastifyInstance, FastifyReply } from "fastify";
import type { MessageAttachmentRef } from "../../../platform/db/schema-support.js";
import { ATTACHMENT_MAX_BYTES } from "../tickets/attachments.js";

/**
 * What every route that takes or serves a ticket image shares: the raw-bytes body (only in the
 * scope that uploads, up to 5 MB; the rest of the API keeps its JSON parser) and the headers an
 * image is served with (inline, nosniff, a sandboxing CSP, never cached by others).
 */

/** "Screenshot 1.png" as a header: ASCII for old clients, the exact name for the rest (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The scope's bodies are the image's bytes, whatever their content type says. */
export function acceptImageBytes(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    "*",
    { parseAs: "buffer", bodyLimit: ATTACHMENT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
}

export function sendImage(reply: FastifyReply, attachment: MessageAttachmentRef, bytes: Buffer) {
  return reply
    .header("content-type", attachment.contentType)
    .header("content-disposition", contentDisposition(attachment.filename))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; img-src 'self'; sandbox")
    .header("cache-control", "private, no-store")
    .send(bytes);
}
