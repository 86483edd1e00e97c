import "server-only";

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses an unpaired UTF-16 surrogate; the services'
 * inputs can carry both (a client name, a kid, an externalRef, a jti). Every string that goes into a sim_*
 * table, in a key column or inside `data`, goes through `encodeText` on the way in and `decodeText` on the way
 * out, so a record reads back exactly as it was written and no input can make a query fail.
 *
 * The escape is a private-use character: ESC e = ESC itself, ESC 0 = U+0000, ESC s xxxx = the lone surrogate
 * U+xxxx (lower-case hex, so `lower()` in SQL leaves an escape as it is). Ordinary strings pass unchanged.
 */
const ESC = "\uE000";
const NEEDS_ESCAPE = /\u0000|\uE000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPED = /\u0000|\uE000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function encodeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ESCAPED, (c) =>
    c === ESC
      ? `${ESC}e`
      : c === "\u0000"
        ? `${ESC}0`
        : `${ESC}s${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function decodeText(s: string): string {
  if (!s.includes(ESC)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== ESC) {
      out += c;
      continue;
    }
    const kind = s[i + 1];
    if (kind === "e") out += ESC;
    else if (kind === "0") out += "\u0000";
    else if (kind === "s") {
      out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
      i += 4;
    } else out += c; // not written by encodeText: keep as is
    if (kind === "e" || kind === "0" || kind === "s") i += 1;
  }
  return out;
}

/** The value with every string (object keys included) encoded, for a jsonb column. */
export function encodeJson<T>(value: T): T {
  // Nearly every record has nothing to escape: then it is stored as it is, without a copy.
  return anyString(value, (s) => NEEDS_ESCAPE.test(s)) ? (mapStrings(value, encodeText) as T) : value;
}

/** The value as it was before `encodeJson`. */
export function decodeJson<T>(value: T): T {
  return anyString(value, (s) => s.includes(ESC)) ? (mapStrings(value, decodeText) as T) : value;
}

function anyString(value: unknown, test: (s: string) => boolean): boolean {
  if (typeof value === "string") return test(value);
  if (Array.isArray(value)) return value.some((v) => anyString(v, test));
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (test(k) || anyString(v, test)) return true;
  }
  return false;
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a key named __proto__ stays an own key instead of changing the prototype.
      Object.defineProperty(out, fn(k), {
        value: mapStrings(v, fn),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
