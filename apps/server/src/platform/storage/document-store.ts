import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Random } from "../random.js";

/** A stored file: its bytes and the content type it was stored with. */
export interface StoredDocument {
  bytes: Buffer;
  contentType: string;
}

/**
 * Where uploaded documents (identity papers, selfies, proofs of address) live. Keys are
 * chosen by `newKey`, never taken from a client, so they cannot point outside the store.
 * The filesystem store below is the default; an S3-compatible bucket can implement the
 * same three calls (put = PutObject, get = GetObject, delete = DeleteObject).
 */
export interface DocumentStore {
  /** A fresh random key for a new document. */
  newKey(): string;
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** undefined when nothing is stored under the key. */
  get(key: string): Promise<StoredDocument | undefined>;
  /** Removes the document; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** 32 random bytes in hex: the only shape a key may have (nothing like `../` gets through). */
const KEY = /^[0-9a-f]{64}$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error("invalid document key");
  return key;
}

const newRandomKey = (random: Random) => random.bytes(32).toString("hex");

/**
 * Documents as files under `<root>`: `<root>/<first two hex digits>/<key>`, with the content
 * type in a sidecar file. Directories are created 0700 and files 0600: only the service's
 * user reads identity documents. The customer's file name is never used.
 */
export class FileDocumentStore implements DocumentStore {
  constructor(
    private readonly root: string,
    private readonly random: Random,
  ) {}

  newKey(): string {
    return newRandomKey(this.random);
  }

  private pathOf(key: string): { dir: string; file: string; meta: string } {
    const k = checkedKey(key);
    const dir = join(this.root, k.slice(0, 2));
    return { dir, file: join(dir, k), meta: join(dir, `${k}.type`) };
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const { dir, file, meta } = this.pathOf(key);
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // "wx": a key is written once; a collision (or a reused key) fails instead of overwriting.
    await writeFile(file, bytes, { mode: 0o600, flag: "wx" });
    await writeFile(meta, contentType, { mode: 0o600, flag: "wx" });
  }

  async get(key: string): Promise<StoredDocument | undefined> {
    const { file, meta } = this.pathOf(key);
    try {
      const [bytes, contentType] = await Promise.all([readFile(file), readFile(meta, "utf8")]);
      return { bytes, contentType: contentType.trim() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { file, meta } = this.pathOf(key);
    await rm(file, { force: true });
    await rm(meta, { force: true });
  }
}

/** Documents in memory, for tests and `memory://` data directories (gone when the process ends). */
export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();

  constructor(private readonly random: Random) {}

  newKey(): string {
    return newRandomKey(this.random);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const k = checkedKey(key);
    if (this.documents.has(k)) throw new Error("document key already used");
    this.documents.set(k, { bytes: Buffer.from(bytes), contentType });
  }

  async get(key: string): Promise<StoredDocument | undefined> {
    const found = this.documents.get(checkedKey(key));
    return found && { bytes: Buffer.from(found.bytes), contentType: found.contentType };
  }

  async delete(key: string): Promise<void> {
    this.documents.delete(checkedKey(key));
  }
}

/** The store for a data directory: in memory for `memory://`, files under `<dataDir>/documents/` otherwise. */
export function createDocumentStore(dataDir: string, random: Random): DocumentStore {
  if (dataDir.startsWith("memory://")) return new MemoryDocumentStore(random);
  return new FileDocumentStore(join(dataDir, "documents"), random);
}
