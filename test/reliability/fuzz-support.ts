import fc from "fast-check";
import { expect } from "vitest";
import { dispatch, PUBLIC_URL, type TestSim } from "../support/sim";
import { snapshot } from "../support/sim-state";

/**
 * Building blocks for the simulator fuzz tests: hostile request parts (bodies, content types, bearers,
 * path segments) and the one property every simulated endpoint must hold — bad input gets a 4xx, never a
 * 5xx or a thrown exception, and a rejected request leaves the sandbox's rows exactly as they were.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** FUZZ_STATS=1 collects which statuses were seen (printed by the tests) to check the fuzz reaches deep. */
export const STATS: Record<number, Set<string>> | null = process.env.FUZZ_STATS ? {} : null;

export const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;

export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  body?: string;
  authorization?: string;
  headers?: Record<string, string>;
}

export interface Outcome {
  status: number;
  text: string;
  stateChanged: boolean;
  /** The sandbox's rows before and after (snapshot strings), for the callers' documented exceptions. */
  before: string;
  after: string;
}

/** Sends one request through the simulator's router exactly as the route handler would. */
export async function send(sim: TestSim, r: FuzzRequest): Promise<Outcome> {
  const before = await snapshot(sim);
  const headers: Record<string, string> = { ...r.headers };
  if (r.contentType !== undefined) headers["content-type"] = r.contentType;
  if (r.authorization !== undefined) headers.authorization = r.authorization;
  const hasBody = r.body !== undefined && r.method !== "GET" && r.method !== "HEAD";
  const req = new Request(`${PUBLIC_URL}${r.path}`, {
    method: r.method,
    headers,
    body: hasBody ? r.body : undefined,
  });
  const res = await dispatch(sim, req);
  const text = await res.text();
  const after = await snapshot(sim);
  return { status: res.status, text, stateChanged: after !== before, before, after };
}

/**
 * The property: never a 5xx (the router turns a thrown exception into a 500, so this also catches throws),
 * and a 4xx leaves the saved state unchanged. `allow` names the documented exceptions (see the caller).
 */
export async function expectClean(
  sim: TestSim,
  r: FuzzRequest,
  allow?: (o: Outcome) => boolean,
): Promise<Outcome> {
  const o = await send(sim, r);
  if (STATS) {
    const key = `${r.method} ${r.path
      .split("?")[0]!
      .replace(/\/[^/]{30,}/g, "/…")
      .slice(0, 90)}`;
    (STATS[o.status] ??= new Set()).add(key);
  }
  const where = `${r.method} ${r.path.slice(0, 200)} [${r.contentType ?? "no content-type"}] → ${o.status} ${o.text.slice(0, 300)}`;
  expect(o.status, where).toBeGreaterThanOrEqual(200);
  expect(o.status, where).toBeLessThan(500);
  if (o.status >= 400 && o.stateChanged && !(allow?.(o) ?? false)) {
    throw new Error(`rejected request changed the saved state: ${where}`);
  }
  return o;
}

/**
 * A store keyed by user input that writes through `obj[key]` can reach Object.prototype; call this after a
 * test to prove no request added or changed a property there.
 */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
export function expectPrototypeIntact(): void {
  const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !PROTOTYPE_KEYS.has(k));
  // Undo it first, so one polluting request does not make every later test in the file fail too.
  for (const k of added) delete (Object.prototype as Record<string, unknown>)[k];
  expect(added, "a request added properties to Object.prototype (prototype pollution)").toEqual([]);
}

// ---- arbitraries -------------------------------------------------------------------------------------------

const HUGE = 300 * 1024;
const LARGE = 100 * 1024;

/** Strings a validator may not expect: unicode, controls, huge, numeric-looking, injection-looking. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    maxLength: 20,
  }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\ud800",
    "null",
    "0",
    "-1",
    "1e309",
    "NaN",
    "../../etc/passwd",
    "%2F..%2F",
    "<script>",
    "'; DROP TABLE x; --",
    "__proto__",
    "constructor",
    "0192:",
    "0192:314500008 ",
    " 314500008",
    "３１４５００００８",
    "https://",
    "http://127.0.0.1/",
    "javascript:alert(1)",
  ),
  fc.constantFrom("a".repeat(LARGE), "ø".repeat(HUGE), "x".repeat(HUGE)),
);

/** Any JSON value, with the occasional pathological one. */
export const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nastyString },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(null, true, 0, -0, 1e308, -1, 1.5, [], {}, [[]], {
      __proto__: { admin: true },
    }),
  },
  { weight: 1, arbitrary: fc.constant(deepNest(3000)) },
);

function deepNest(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/**
 * Variants of a valid JSON body: a field (or array element) dropped, retyped, stretched or added, the
 * whole body replaced, or no JSON at all.
 */
export function mutatedBody(base: unknown): fc.Arbitrary<string> {
  if (Array.isArray(base)) {
    return fc.oneof(
      fc
        .tuple(fc.nat(), nastyJson)
        .map(([i, v]) =>
          JSON.stringify(base.length ? base.map((x, j) => (j === i % base.length ? v : x)) : [v]),
        ),
      fc.array(nastyJson, { maxLength: 5 }).map((extra) => JSON.stringify([...base, ...extra])),
      fc.constant(JSON.stringify([...base, ...base])),
      nastyJson.map((v) => JSON.stringify(v) ?? "null"),
      fc.constantFrom("", "[", "[1,", "{}", JSON.stringify(base).slice(0, -1)),
    );
  }
  if (typeof base !== "object" || base === null) return nastyJson.map((v) => JSON.stringify(v) ?? "null");
  return mutatedObject(base as Record<string, unknown>);
}

function mutatedObject(base: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(base);
  const key = keys.length ? fc.constantFrom(...keys) : fc.constant("x");
  const paths = leafPaths(base);
  const nested = paths.length ? fc.constantFrom(...paths) : fc.constant([] as (string | number)[]);
  return fc.oneof(
    fc.tuple(nested, nastyJson).map(([p, v]) => JSON.stringify(setAt(base, p, v))),
    key.map((k) => JSON.stringify(omit(base, k))),
    fc.tuple(key, nastyJson).map(([k, v]) => JSON.stringify({ ...base, [k]: v })),
    fc.tuple(key, nastyString).map(([k, v]) => JSON.stringify({ ...base, [k]: v })),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 20 }), nastyJson)
      .map(([k, v]) => JSON.stringify({ ...base, [k]: v })),
    nastyJson.map((v) => JSON.stringify(v) ?? "null"),
    fc.constantFrom(
      "",
      "{",
      '{"a":',
      "[1,2",
      "undefined",
      "{'a':1}",
      "\u0000",
      '{"a":1}garbage',
      JSON.stringify(base).slice(0, -1),
    ),
    fc.string({ maxLength: 200 }),
  );
}

/** Every path to a value inside a JSON value (objects and arrays both), e.g. ["rights", 0, "resource"]. */
export function leafPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...leafPaths(x, [...prefix, i])));
  else if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) out.push(...leafPaths(x, [...prefix, k]));
  }
  return out;
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((x, i) => (i === head ? setAt(x, rest, value) : x));
  const obj = { ...(root as Record<string, unknown>) };
  obj[head as string] = setAt(obj[head as string], rest, value);
  return obj;
}

function omit(o: Record<string, unknown>, k: string): Record<string, unknown> {
  const copy = { ...o };
  delete copy[k];
  return copy;
}

export const jsonContentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/problem+json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/xml",
      "",
      ";;;",
      "application/json; charset=utf-16",
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const formContentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/x-www-form-urlencoded") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "application/json",
      "text/plain",
      "multipart/form-data; boundary=x",
      "",
      "application/x-www-form-urlencoded; charset=latin1",
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Authorization header variants; `valid` are real bearer tokens for the endpoint under test. */
export function authorization(valid: readonly string[]): fc.Arbitrary<string | undefined> {
  const good = valid.length ? fc.constantFrom(...valid) : fc.constant("x");
  return fc.oneof(
    { weight: 4, arbitrary: good.map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(
          "Bearer",
          "Bearer ",
          "Basic dXNlcjpwYXNz",
          "bearer x.y.z",
          "Bearer eyJhbGciOiJub25lIn0.e30.",
          "Bearer a b",
        ),
        good.map((t) => `Bearer ${t.slice(0, -3)}abc`),
        good.map((t) => `Bearer ${t} ${t}`),
        fc.string({ maxLength: 100 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, "")}`),
      ),
    },
  );
}

/** A path segment to put where an id goes: real ids, near misses, and garbage (URL-encoded). */
export function segment(real: readonly string[] = []): fc.Arbitrary<string> {
  const raw = fc.oneof(
    ...(real.length ? [{ weight: 3, arbitrary: fc.constantFrom(...real) }] : []),
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: nastyString.filter((s) => s.length < 5000) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("..", ".", "%", "%zz", "a/b", "0", "000000000", "314500008", "313367002"),
    },
  );
  return raw.map((s) => encodeURIComponent(wellFormed(s)));
}

/** Lone surrogates cannot travel in a URL (encodeURIComponent throws); a browser sends U+FFFD instead. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

export const query: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.string({ maxLength: 12 }),
      nastyString.filter((s) => s.length < 2000),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ""));

export const method = fc.constantFrom(...METHODS);
