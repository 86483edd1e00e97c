import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";

/**
 * A JSON document kept in memory and persisted with atomic writes (temp file, fsync, rename). Mutations are
 * applied at once; `mutate` resolves only after a write that includes the change has reached the disk.
 * Writes are serialised and concurrent mutations share one write (group commit), so fifty concurrent flows
 * cost a handful of writes, not fifty.
 */
export class JsonStore<T> {
  private state: T;
  private writing: Promise<void> | null = null;
  private pending: Promise<void> | null = null;

  private constructor(
    private readonly file: string,
    initial: T,
  ) {
    this.state = initial;
  }

  static async open<T>(file: string, create: () => T, validate: (v: unknown) => T | null): Promise<JsonStore<T>> {
    await mkdir(path.dirname(file), { recursive: true });
    let initial: T | null = null;
    try {
      initial = validate(JSON.parse(await readFile(file, "utf8")));
    } catch {
      initial = null;
    }
    return new JsonStore(file, initial ?? create());
  }

  get(): T {
    return this.state;
  }

  /**
   * Applies fn to a copy of the state and swaps it in only when fn returns: a handler that throws halfway leaves
   * nothing behind. fn is synchronous, so no other request sees half a change. Resolves once it is on disk.
   */
  async mutate<R>(fn: (state: T) => R): Promise<R> {
    const draft = structuredClone(this.state);
    const result = fn(draft);
    this.state = draft;
    await this.persist();
    return result;
  }

  async replace(next: T): Promise<void> {
    this.state = next;
    await this.persist();
  }

  private persist(): Promise<void> {
    this.pending ??= (async () => {
      await Promise.resolve();
      while (this.writing) await this.writing.catch(() => undefined);
      // From here on a new mutation needs a new write; this one takes the state as it is now.
      this.pending = null;
      const write = this.writeNow(JSON.stringify(this.state));
      this.writing = write;
      try {
        await write;
      } finally {
        if (this.writing === write) this.writing = null;
      }
    })();
    return this.pending;
  }

  private async writeNow(text: string): Promise<void> {
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
