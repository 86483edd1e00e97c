/**
 * Altinn's cursor paging (AA Model/Paginated.cs, Opaque.cs): `{ links: { next? }, data: [...] }`, 50 items a
 * page, and a `token` that is the base64url of the JSON-serialised continuation key (a Guid or a number).
 */
export const PAGE_SIZE = 50;

export function encodeOpaque(value: string | number): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** The continuation key, or undefined when the token does not decode to the expected type. */
export function decodeOpaque(token: string, kind: "string" | "number"): string | number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    return typeof value === kind ? (value as string | number) : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  /** The key of the last item when more follow. */
  continuation?: string | number;
}

/** The first PAGE_SIZE items, and a continuation key when there are more. */
export function page<T>(items: readonly T[], key: (item: T) => string | number): Page<T> {
  if (items.length <= PAGE_SIZE) return { items: [...items] };
  const first = items.slice(0, PAGE_SIZE);
  return { items: first, continuation: key(first[first.length - 1]!) };
}

export function paginated<T>(data: T[], next: string | undefined) {
  return { links: next ? { next } : {}, data };
}
