import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cryptoRandom } from "../random.js";
import { createDocumentStore, FileDocumentStore, MemoryDocumentStore } from "./document-store.js";
import { detectDocumentType } from "./file-type.js";

describe("document store", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "satchel-docs-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("keeps files under <dataDir>/documents, readable only by the service's user, named by random key", async () => {
    const store = createDocumentStore(dataDir, cryptoRandom);
    expect(store).toBeInstanceOf(FileDocumentStore);
    const key = store.newKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await store.put(key, Buffer.from("%PDF-1.7 hello"), "application/pdf");
    const got = await store.get(key);
    expect(got?.contentType).toBe("application/pdf");
    expect(got?.bytes.toString()).toBe("%PDF-1.7 hello");
    const root = join(dataDir, "documents");
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    expect((await stat(join(root, key.slice(0, 2)))).mode & 0o777).toBe(0o700);
    expect((await stat(join(root, key.slice(0, 2), key))).mode & 0o777).toBe(0o600);
    // A key is written once.
    await expect(store.put(key, Buffer.from("other"), "image/png")).rejects.toThrow();
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    expect(await readdir(join(root, key.slice(0, 2)))).toEqual([]);
    await store.delete(key);
  });

  it("accepts only its own key shape, so no key can reach outside the store", async () => {
    const store = createDocumentStore(dataDir, cryptoRandom);
    await expect(store.get("../../etc/passwd")).rejects.toThrow("invalid document key");
    await expect(store.put("ABC", Buffer.from("x"), "image/png")).rejects.toThrow("invalid document key");
  });

  it("lives in memory for memory:// data directories", async () => {
    const store = createDocumentStore("memory://", cryptoRandom);
    expect(store).toBeInstanceOf(MemoryDocumentStore);
    const key = store.newKey();
    await store.put(key, Buffer.from([0x89, 0x50]), "image/png");
    expect((await store.get(key))?.bytes).toEqual(Buffer.from([0x89, 0x50]));
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
  });

  it("tells JPEG, PNG and PDF apart by their first bytes", () => {
    expect(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0]))).toBe("image/jpeg");
    expect(detectDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      "image/png",
    );
    expect(detectDocumentType(Buffer.from("%PDF-1.4\n"))).toBe("application/pdf");
    // A PNG signature cut short, a GIF, HTML, a bare "%PDF" without the dash: none of them.
    expect(detectDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(detectDocumentType(Buffer.from("GIF89a"))).toBeUndefined();
    expect(detectDocumentType(Buffer.from("<html><script>"))).toBeUndefined();
    expect(detectDocumentType(Buffer.from("%PDF"))).toBeUndefined();
  });
});
