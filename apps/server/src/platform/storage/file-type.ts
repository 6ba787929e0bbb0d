/**
 * What a file is, by its first bytes (its "magic number"), not by what the sender or the
 * file name claims. Only the kinds Satchel accepts as documents are recognised.
 */
export type DocumentContentType = "image/jpeg" | "image/png" | "application/pdf";

export const DOCUMENT_CONTENT_TYPES: readonly DocumentContentType[] = [
  "image/jpeg",
  "image/png",
  "application/pdf",
];

const SIGNATURES: [DocumentContentType, number[]][] = [
  // JPEG: start of image, then the first marker's 0xFF.
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  // PNG: \x89PNG\r\n\x1a\n (the line endings catch files mangled by text-mode transfers).
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  // PDF: "%PDF-".
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

/** The document type the bytes are, or undefined when they are none of the accepted kinds. */
export function detectDocumentType(bytes: Uint8Array): DocumentContentType | undefined {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return undefined;
}

export function isDocumentContentType(value: string): value is DocumentContentType {
  return (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(value);
}
