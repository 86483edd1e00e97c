import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JtiCache } from "@/lib/simulator/jti-cache";

/** The jti journal must survive restarts (a replayed grant is refused after one) and stay proportional to the live set. */
const dir = () => mkdtempSync(path.join(tmpdir(), "sbw-jti-"));
const file = (d: string) => path.join(d, "maskinporten-jti.json");
const lines = (d: string) => readFileSync(file(d), "utf8").split("\n").filter(Boolean);

describe("JtiCache", () => {
  it("refuses a used jti until it expires, also after a reopen", async () => {
    const d = dir();
    const a = await JtiCache.open(d);
    expect(a.use("one", 2000, 1000)).toBe(true);
    expect(a.use("one", 2000, 1500)).toBe(false);
    expect(a.use("two", 5000, 1500)).toBe(true);
    await a.flush();
    const b = await JtiCache.open(d);
    expect(b.has("one", 1999)).toBe(true);
    expect(b.has("one", 2000)).toBe(false);
    expect(b.use("two", 6000, 3000)).toBe(false);
    expect(b.use("one", 9000, 3000)).toBe(true); // expired: usable again
    await b.flush();
    expect((await JtiCache.open(d)).has("one", 8000)).toBe(true);
  });

  it("appends only what is new on each flush", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    for (let i = 0; i < 10; i++) c.use(`a${i}`, 10_000, 0);
    await c.flush();
    expect(lines(d)).toHaveLength(10);
    c.use("b", 10_000, 0);
    await c.flush();
    expect(lines(d)).toHaveLength(11);
    expect(lines(d)[10]).toBe('["b",10000]');
  });

  it("keeps jtis with any characters", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    const odd = ['a"b', "line\nbreak", "tab\t", "__proto__", "ø😀", '{"x":1}'];
    for (const j of odd) c.use(j, 10_000, 0);
    await c.flush();
    const r = await JtiCache.open(d);
    for (const j of odd) expect(r.has(j, 0)).toBe(true);
  });

  it("skips a torn last line and reads the older one-object format", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    c.use("whole", 10_000, 0);
    await c.flush();
    appendFileSync(file(d), '["torn",100');
    const r = await JtiCache.open(d);
    expect(r.has("whole", 0)).toBe(true);
    expect(r.size).toBe(1);

    const old = dir();
    writeFileSync(file(old), JSON.stringify({ x: 10_000, y: 20_000, bad: "no" }));
    const o = await JtiCache.open(old);
    expect(o.has("x", 0)).toBe(true);
    expect(o.has("y", 15_000)).toBe(true);
    expect(o.size).toBe(2);
    await o.flush(); // converted to the journal
    expect(lines(old)).toEqual(['["x",10000]', '["y",20000]']);
  });

  it("persists clear()", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    c.use("gone", 10_000, 0);
    await c.flush();
    c.clear();
    await c.flush();
    expect((await JtiCache.open(d)).size).toBe(0);
  });

  it("prunes expired ids and compacts the file, keeping every live one", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    for (let i = 0; i < 5000; i++) c.use(`dead${i}`, 1000, 0);
    await c.flush();
    expect(lines(d)).toHaveLength(5000);
    // A minute later: 100 new ids. The next timed flush prunes the dead ones and rewrites the file.
    for (let i = 0; i < 100; i++) c.use(`live${i}`, 200_000, 61_000);
    await new Promise((r) => setTimeout(r, 300));
    await c.flush();
    expect(c.size).toBe(100);
    expect(lines(d)).toHaveLength(100);
    const r = await JtiCache.open(d);
    for (let i = 0; i < 100; i++) expect(r.has(`live${i}`, 61_000)).toBe(true);
    expect(r.has("dead1", 0)).toBe(false);
  });

  it("keeps the file within twice the live set while ids keep coming", async () => {
    const d = dir();
    const c = await JtiCache.open(d);
    // Each id lives 10 s; 20 000 uses over 100 s of simulated time, flushed every 1000.
    for (let i = 0; i < 20_000; i++) {
      const now = i * 5;
      c.use(`j${i}`, now + 10_000, now);
      if (i % 1000 === 999) await c.flush();
    }
    await c.flush();
    const live = 2000; // 10 s of ids at one per 5 ms
    expect(c.size).toBeLessThanOrEqual(2 * live + 1025);
    expect(lines(d).length).toBeLessThanOrEqual(2 * c.size + 1024);
    const r = await JtiCache.open(d);
    for (let i = 18_001; i < 20_000; i++) expect(r.has(`j${i}`, 99_995)).toBe(true);
  });
});
