import { randomBytes, randomInt } from "node:crypto";

/**
 * The one source of randomness. Everything secret (tokens, ids, codes) comes from the
 * operating system's CSPRNG through here; tests may substitute a seeded source.
 */
export interface Random {
  bytes(length: number): Buffer;
  /** A uniformly random integer in [min, max). */
  int(min: number, max: number): number;
}

export const cryptoRandom: Random = {
  bytes: (length) => randomBytes(length),
  int: (min, max) => randomInt(min, max),
};

/** An opaque token with `bytes` bytes of entropy, URL-safe. */
export function randomToken(random: Random, bytes = 32): string {
  return random.bytes(bytes).toString("base64url");
}
