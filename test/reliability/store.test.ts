import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as FsPromises from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";

// Count the store's writes (each ends in one rename) without changing what they do.
const renames = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    rename: async (...args: Parameters<typeof fs.rename>) => {
      renames.count++;
      return fs.rename(...args);
    },
  };
});

const { JsonStore } = await import("@/lib/simulator/store");

/**
 * The simulator's persistence: concurrent mutations all reach the disk, a mutation resolves only once it is
 * there, writes are grouped, the file is valid JSON at every moment, and leftovers of a crashed write do
 * not corrupt what is read back.
 */
interface Doc {
  version: 1;
  items: Record<string, number>;
}
const create = (): Doc => ({ version: 1, items: {} });
const validate = (v: unknown): Doc | null =>
  typeof v === "object" && v !== null && (v as Doc).version === 1 ? (v as Doc) : null;

function tempFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "sbw-store-test-")), "state.json");
}

afterEach(() => {
  renames.count = 0;
});

describe("JsonStore", () => {
  it("persists every one of many concurrent mutations, in few writes", async () => {
    const file = tempFile();
    const store = await JsonStore.open(file, create, validate);
    renames.count = 0;
    const n = 500;
    await Promise.all(Array.from({ length: n }, (_, i) => store.mutate((s) => (s.items[`k${i}`] = i))));
    expect(Object.keys(store.get().items)).toHaveLength(n);
    const onDisk = JSON.parse(await readFile(file, "utf8")) as Doc;
    expect(Object.keys(onDisk.items)).toHaveLength(n);
    // Group commit: 500 mutations issued together share a handful of writes.
    expect(renames.count).toBeGreaterThan(0);
    expect(renames.count).toBeLessThanOrEqual(5);
  });

  it("resolves a mutation only after a write containing it is on disk", async () => {
    const file = tempFile();
    const store = await JsonStore.open(file, create, validate);
    for (let i = 0; i < 30; i++) {
      await store.mutate((s) => (s.items[`seq${i}`] = i));
      const onDisk = JSON.parse(await readFile(file, "utf8")) as Doc;
      expect(onDisk.items[`seq${i}`]).toBe(i);
    }
  });

  it("keeps the file valid JSON at every moment while writes go on", async () => {
    const file = tempFile();
    const store = await JsonStore.open(file, create, validate);
    await store.mutate((s) => (s.items.first = 0));
    let done = false;
    let reads = 0;
    const reader = (async () => {
      while (!done) {
        const text = await readFile(file, "utf8");
        expect(() => JSON.parse(text)).not.toThrow();
        reads++;
      }
    })();
    for (let round = 0; round < 40; round++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.mutate((s) => (s.items[`r${round}-${i}`] = "x".repeat(200).length)),
        ),
      );
    }
    done = true;
    await reader;
    expect(reads).toBeGreaterThan(10);
    expect(Object.keys(store.get().items)).toHaveLength(1 + 40 * 20);
  });

  it("sees everything after a reopen, as after a restart", async () => {
    const file = tempFile();
    const a = await JsonStore.open(file, create, validate);
    await Promise.all(Array.from({ length: 100 }, (_, i) => a.mutate((s) => (s.items[`r${i}`] = i))));
    await a.replace({ version: 1, items: { ...a.get().items, replaced: 1 } });
    const b = await JsonStore.open(file, create, validate);
    expect(b.get()).toEqual(a.get());
    expect(Object.keys(b.get().items)).toHaveLength(101);
  });

  it("is not corrupted by a partial temp file left by a crashed write", async () => {
    const file = tempFile();
    const a = await JsonStore.open(file, create, validate);
    await a.mutate((s) => (s.items.kept = 1));
    // A crash between writing the temp file and renaming it leaves a truncated temp file behind,
    // with this process's name or another one's.
    writeFileSync(`${file}.${process.pid}.tmp`, '{"version":1,"items":{"kept":1,"hal');
    writeFileSync(`${file}.99999.tmp`, '{"version":1,"it');
    const b = await JsonStore.open(file, create, validate);
    expect(b.get().items).toEqual({ kept: 1 });
    await b.mutate((s) => (s.items.after = 2));
    const c = await JsonStore.open(file, create, validate);
    expect(c.get().items).toEqual({ kept: 1, after: 2 });
    // The other process's leftover is left alone (it may still be writing); the main file is intact.
    expect(readdirSync(path.dirname(file))).toContain("state.json");
  });

  it("starts fresh instead of crashing on a main file that is not valid JSON", async () => {
    const file = tempFile();
    writeFileSync(file, '{"version":1,"items":{"a":');
    const store = await JsonStore.open(file, create, validate);
    expect(store.get()).toEqual(create());
    await store.mutate((s) => (s.items.b = 1));
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ version: 1, items: { b: 1 } });
  });

  it("does not keep half a change when a mutation throws", async () => {
    const file = tempFile();
    const store = await JsonStore.open(file, create, validate);
    await store.mutate((s) => (s.items.a = 1));
    await expect(
      store.mutate((s) => {
        s.items.a = 2;
        throw new Error("handler bug");
      }),
    ).rejects.toThrow("handler bug");
    expect(store.get().items).toEqual({ a: 1 });
    await store.mutate((s) => (s.items.b = 1));
    expect((JSON.parse(await readFile(file, "utf8")) as Doc).items).toEqual({ a: 1, b: 1 });
  });
});
