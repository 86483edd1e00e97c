import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";

/**
 * Grant ids (jti) Maskinporten has seen, each until it could no longer pass the exp check anyway. Kept apart
 * from the main state because the token endpoint touches it on every request: it lives in memory and is
 * flushed to disk shortly after (atomic write, never awaited by the request), so a restart still refuses a
 * replayed grant while the hot path does not wait for the disk.
 */
export class JtiCache {
  private readonly seen = new Map<string, number>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(dataDir: string): Promise<JtiCache> {
    const cache = new JtiCache(path.join(dataDir, "maskinporten-jti.json"));
    await mkdir(dataDir, { recursive: true });
    try {
      const raw = JSON.parse(await readFile(cache.file, "utf8")) as unknown;
      if (raw && typeof raw === "object" && !Array.isArray(raw)) {
        for (const [jti, until] of Object.entries(raw)) if (typeof until === "number") cache.seen.set(jti, until);
      }
    } catch {
      // No file yet, or a broken one: start empty.
    }
    return cache;
  }

  has(jti: string, nowMs: number): boolean {
    const until = this.seen.get(jti);
    return until !== undefined && until > nowMs;
  }

  /** Records the jti; false when it was already used (checked and set in one synchronous step). */
  use(jti: string, untilMs: number, nowMs: number): boolean {
    if (this.has(jti, nowMs)) return false;
    this.seen.set(jti, untilMs);
    this.scheduleFlush(nowMs);
    return true;
  }

  clear(): void {
    this.seen.clear();
    this.scheduleFlush(0);
  }

  get size(): number {
    return this.seen.size;
  }

  private scheduleFlush(nowMs: number): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      for (const [jti, until] of this.seen) if (until <= nowMs) this.seen.delete(jti);
      const text = JSON.stringify(Object.fromEntries(this.seen));
      this.flushing = this.flushing.then(() => this.write(text)).catch(() => undefined);
    }, 250);
    this.flushTimer.unref?.();
  }

  /** Resolves when everything recorded so far is on disk (for tests and shutdown). */
  async flush(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
      const text = JSON.stringify(Object.fromEntries(this.seen));
      this.flushing = this.flushing.then(() => this.write(text)).catch(() => undefined);
    }
    await this.flushing;
  }

  private async write(text: string): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fh = await open(tmp, "w", 0o600);
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, this.file);
  }
}
