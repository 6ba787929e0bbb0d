import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { cryptoRandom, type Random } from "../../../platform/random.js";

/**
 * Encryption for the few secrets the server must read back (TOTP seeds), so a leaked
 * database dump or backup alone does not hand out everyone's second factor.
 *
 * AES-256-GCM, key derived from the server's master secret with HKDF-SHA256 under a label
 * of its own, so this key is never the same as another use of that secret. Output:
 * `v1.<iv>.<ciphertext>.<tag>`, each part base64url; the version names the key and
 * algorithm, so a future v2 can be read alongside v1 during a rotation.
 */

export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const VERSION = "v1";
const HKDF_INFO = "satchel secret-box v1";
/** GCM's natural nonce size. Random 96-bit nonces are safe up to 2^32 seals per key (NIST SP 800-38D), far past our needs. */
const IV_BYTES = 12;
/** The full 128-bit tag; set explicitly so a truncated tag is refused rather than accepted. */
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function deriveKey(masterSecret: string): KeyObject {
  // No salt: the master secret is already high-entropy, and HKDF's info gives the separation (RFC 5869 §3.1).
  const key = hkdfSync("sha256", masterSecret, Buffer.alloc(0), HKDF_INFO, KEY_BYTES);
  return createSecretKey(Buffer.from(key));
}

/** Strict base64url: Node's decoder skips stray characters, which would let two texts open to one secret. */
function decodePart(part: string): Buffer | undefined {
  if (!BASE64URL.test(part)) return undefined;
  const bytes = Buffer.from(part, "base64url");
  return bytes.toString("base64url") === part ? bytes : undefined;
}

export function createSecretBox(masterSecret: string, random: Random = cryptoRandom): SecretBox {
  if (masterSecret.length === 0) throw new Error("secret-box: the master secret is empty");
  const key = deriveKey(masterSecret);
  // The version is authenticated too, so a sealed value cannot be relabelled as another format.
  const aad = Buffer.from(VERSION);

  return {
    seal(plaintext) {
      const iv = random.bytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${VERSION}.${iv.toString("base64url")}.${ciphertext.toString("base64url")}.${tag.toString("base64url")}`;
    },

    open(sealed) {
      // One message for every failure: which check failed is of no use to a caller and of some to an attacker.
      const failure = () =>
        new Error("secret-box: cannot open the sealed value (tampered, or sealed with another key)");
      const parts = sealed.split(".");
      if (parts.length !== 4 || parts[0] !== VERSION) throw failure();
      const iv = decodePart(parts[1] ?? "");
      const ciphertext = decodePart(parts[2] ?? "");
      const tag = decodePart(parts[3] ?? "");
      if (!iv || !ciphertext || !tag || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw failure();
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
      } catch {
        throw failure();
      }
    },
  };
}
