import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";

/**
 * Grant ids (jti) Maskinporten has seen, each until it could no longer pass the exp check anyway. Kept apart
 * from the main state because the token endpoint touches it on every request: it lives in memory and is
 * flushed to disk shortly after (never awaited by the request), so a restart still refuses a replayed grant
 * while the hot path does not wait for the disk.
 *
 * On disk it is a journal, one JSON line `["<jti>",<until ms>]` per use, appended in batches, so a flush costs
 * what was added since the last one, not the whole set (a busy token endpoint holds tens of thousands of live
 * ids). Expired ids are pruned in memory once the map has doubled since the last prune (and at least once a
 * minute while ids are being recorded), and the file is
 * rewritten atomically (temp file, fsync, rename) once most of its lines are dead, so both stay proportional to
 * the live set. A torn last line (crash mid-append) is skipped on open; the older one-object format is read too.
 */
export class JtiCache {
  private readonly seen = new Map<string, number>();
  /** Journal lines not yet written. */
  private pending: string[] = [];
  /** Lines in the file, live or dead (after the writes queued so far). */
  private journalLines = 0;
  /** The file must be rewritten from the map (after clear(), or an old-format file). */
  private rewrite = false;
  private sizeAfterPrune = 0;
  private prunedAt = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(dataDir: string): Promise<JtiCache> {
    const cache = new JtiCache(path.join(dataDir, "maskinporten-jti.json"));
    await mkdir(dataDir, { recursive: true });
    let text = "";
    try {
      text = await readFile(cache.file, "utf8");
    } catch {
      // No file yet: start empty.
    }
    if (text.trimStart().startsWith("{")) cache.loadSnapshot(text);
    else cache.loadJournal(text);
    cache.sizeAfterPrune = cache.seen.size;
    return cache;
  }

  private loadSnapshot(text: string): void {
    try {
      const raw = JSON.parse(text) as unknown;
      if (raw && typeof raw === "object" && !Array.isArray(raw)) {
        for (const [jti, until] of Object.entries(raw))
          if (typeof until === "number") this.seen.set(jti, until);
      }
    } catch {
      // A broken file: start empty.
    }
    this.rewrite = true;
  }

  private loadJournal(text: string): void {
    for (const line of text.split("\n")) {
      if (!line) continue;
      this.journalLines++;
      try {
        const entry = JSON.parse(line) as unknown;
        if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "number")
          this.seen.set(entry[0], Math.max(entry[1], this.seen.get(entry[0]) ?? 0));
      } catch {
        // A torn or broken line: skip it.
      }
    }
  }

  has(jti: string, nowMs: number): boolean {
    const until = this.seen.get(jti);
    return until !== undefined && until > nowMs;
  }

  /** Records the jti; false when it was already used (checked and set in one synchronous step). */
  use(jti: string, untilMs: number, nowMs: number): boolean {
    if (this.has(jti, nowMs)) return false;
    this.seen.set(jti, untilMs);
    this.pending.push(`${JSON.stringify([jti, untilMs])}\n`);
    if (this.seen.size > 2 * this.sizeAfterPrune + 1024) this.prune(nowMs);
    this.scheduleFlush(nowMs);
    return true;
  }

  clear(): void {
    this.seen.clear();
    this.pending = [];
    this.rewrite = true;
    this.sizeAfterPrune = 0;
    this.scheduleFlush(0);
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(nowMs: number): void {
    for (const [jti, until] of this.seen) if (until <= nowMs) this.seen.delete(jti);
    this.sizeAfterPrune = this.seen.size;
    this.prunedAt = nowMs;
  }

  private scheduleFlush(nowMs: number): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.queueWrite(nowMs);
    }, 250);
    this.flushTimer.unref?.();
  }

  /** Takes what is to be written now (synchronously, so writes stay in order) and queues the write. */
  private queueWrite(nowMs: number): void {
    let write: () => Promise<void>;
    // Also prune once a minute, so ids expire from memory when traffic stops growing the map.
    if (nowMs > 0 && (nowMs - this.prunedAt >= 60_000 || nowMs < this.prunedAt)) this.prune(nowMs);
    if (this.rewrite || this.journalLines + this.pending.length > 2 * this.seen.size + 1024) {
      const text = [...this.seen].map(([jti, until]) => `${JSON.stringify([jti, until])}\n`).join("");
      this.journalLines = this.seen.size;
      this.rewrite = false;
      write = () => this.replaceFile(text);
    } else if (this.pending.length > 0) {
      const text = this.pending.join("");
      this.journalLines += this.pending.length;
      write = () => this.append(text);
    } else {
      return;
    }
    this.pending = [];
    this.flushing = this.flushing.then(write).catch(() => undefined);
  }

  /** Resolves when everything recorded so far is on disk (for tests and shutdown). */
  async flush(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    this.queueWrite(0);
    await this.flushing;
  }

  private async append(text: string): Promise<void> {
    const fh = await open(this.file, "a", 0o600);
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  private async replaceFile(text: string): Promise<void> {
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
