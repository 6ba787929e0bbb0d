import type { Clock } from "./clock.js";
import type { Random } from "./random.js";

/**
 * Prefixed, time-sortable identifiers (`usr_01JD…`): a 48-bit millisecond timestamp and
 * 80 random bits in Crockford base32, like a ULID. Within one millisecond the random part
 * is incremented, so ids made by one process sort in creation order.
 */
export const ID_PREFIXES = {
  user: "usr",
  message: "msg",
  outbox: "obx",
  audit: "aud",
  transaction: "txn",
  ticket: "tkt",
  session: "ses",
  wallet: "wal",
  request: "req",
  token: "ott",
  event: "sev",
  recoveryCode: "rcv",
  channel: "och",
  ledgerAccount: "lac",
  journal: "jnl",
  hold: "hld",
  quote: "qte",
  deposit: "dep",
  withdrawal: "wdr",
  payoutDestination: "pod",
  statementLine: "bsl",
  statementImport: "bim",
  paymentCase: "pcs",
  kycDocument: "kyd",
  helpCategory: "hlc",
  helpSection: "hls",
  helpArticle: "hla",
  helpVersion: "hlv",
  helpSynonym: "hsy",
  helpSearch: "hse",
  helpFeedback: "hfb",
  helpDeflection: "hdf",
  helpImage: "him",
  ticketMessage: "tkm",
  ticketAttachment: "tka",
  ticketEvent: "tke",
  guestToken: "sgt",
  macro: "mac",
  savedFilter: "svf",
  contact: "sct",
  call: "cal",
  callback: "ccb",
  socialPost: "spo",
  incident: "inc",
  incidentUpdate: "inu",
  maintenance: "mnt",
  statusSubscriber: "ssb",
  componentState: "scs",
  notification: "ntf",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

export interface IdGenerator {
  next(kind: IdKind): string;
}

export function createIdGenerator(clock: Clock, random: Random): IdGenerator {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return {
    next(kind) {
      const time = clock.now().getTime();
      if (time === lastTime) {
        lastRandom = incrementBase32(lastRandom);
      } else {
        lastTime = time;
        lastRandom = randomDigits(random);
      }
      return `${ID_PREFIXES[kind]}_${encodeTime(time)}${lastRandom.map((d) => ALPHABET[d]).join("")}`;
    },
  };
}

function encodeTime(time: number): string {
  let out = "";
  let rest = time;
  for (let i = 0; i < TIME_LENGTH; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function randomDigits(random: Random): number[] {
  const bytes = random.bytes(RANDOM_LENGTH);
  return [...bytes].map((b) => b & 31);
}

function incrementBase32(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const d = next[i] ?? 0;
    if (d < 31) {
      next[i] = d + 1;
      return next;
    }
    next[i] = 0;
  }
  // 80 bits overflowed within one millisecond: practically impossible; wrap around.
  return next;
}

/** The time an id was made, or undefined when it is not one of ours. */
export function idTimestamp(id: string): Date | undefined {
  const match = /^[a-z]{3}_([0-9A-HJKMNP-TV-Z]{10})[0-9A-HJKMNP-TV-Z]{16}$/.exec(id);
  if (!match?.[1]) return undefined;
  let time = 0;
  for (const char of match[1]) time = time * 32 + ALPHABET.indexOf(char);
  return new Date(time);
}
