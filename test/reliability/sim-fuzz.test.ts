import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS, ID_PATHS, PROTOTYPE_NAMES, SERVICES, type EndpointSpec } from "./fuzz-endpoints";
import {
  authorization,
  expectPrototypeIntact,
  expectClean,
  formContentType,
  jsonContentType,
  method,
  mutatedBody,
  nastyString,
  query,
  RUNS,
  leafPaths,
  segment,
  setAt,
  STATS,
  type FuzzRequest,
} from "./fuzz-support";
import { buildWorld, type World } from "./fuzz-world";

/**
 * Property: for every simulated endpoint, hostile input (malformed or retyped JSON, huge and unicode strings,
 * missing fields, wrong content types, odd ids, bad or foreign bearers, wrong methods, random paths) is
 * answered with a 4xx — never a 5xx or an exception — and a rejected request leaves the state untouched.
 */
let w: World;
afterEach(expectPrototypeIntact);
beforeAll(async () => {
  w = await buildWorld();
}, 30_000);
afterAll(() => {
  if (STATS)
    for (const [status, keys] of Object.entries(STATS))
      console.log(status, keys.size, [...keys].slice(0, 40).join("\n  "));
});

function requestFor(ep: EndpointSpec): fc.Arbitrary<FuzzRequest> {
  const body =
    ep.body === "json" && ep.base
      ? mutatedBody(ep.base(w))
      : ep.body === "form"
        ? fc.oneof(
            fc
              .dictionary(
                fc.constantFrom("grant_type", "assertion", "scope", "client_id", "x"),
                nastyString,
                { maxKeys: 4 },
              )
              .map((d) => new URLSearchParams(d).toString()),
            fc.string({ maxLength: 300 }),
          )
        : fc.option(fc.string({ maxLength: 200 }), { nil: undefined });
  return fc.record({
    method: fc.oneof(
      { weight: 5, arbitrary: fc.constant<string>(ep.method) },
      { weight: 1, arbitrary: method },
    ),
    path: ep.path(w),
    body,
    contentType: ep.body === "form" ? formContentType : jsonContentType,
    authorization: authorization(ep.tokens(w)),
    headers: ep.headers ?? fc.constant({}),
  });
}

describe("simulator endpoints under hostile input", () => {
  it.each(ENDPOINTS.map((ep) => [ep.name, ep] as const))("%s", async (_name, ep) => {
    await fc.assert(
      fc.asyncProperty(requestFor(ep), async (r) => {
        await expectClean(w.sim, r);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("random paths and methods", () => {
  it("answers every path under every service with a 2xx or 4xx, never a 5xx", async () => {
    const anyPath = fc
      .tuple(
        fc.constantFrom(...SERVICES),
        fc.array(
          fc.oneof(
            segment(),
            fc.constantFrom(
              "vendor",
              "request",
              "systemregister",
              "systemuser",
              "authentication",
              "api",
              "v1",
              "clients",
              "jwks",
              "token",
              "byquery",
              "agent",
              "changerequest",
              "enduser",
              "agents",
              "available",
              "regnskapssystem",
              "aapnekrav",
              "",
            ),
          ),
          { maxLength: 8 },
        ),
        query,
      )
      .map(([svc, parts, q]) => `/sim/${svc === "unknown" ? "nope" : svc}/${parts.join("/")}${q}`);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method,
          path: anyPath,
          body: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.json()), { nil: undefined }),
          contentType: jsonContentType,
          authorization: authorization([...w.altinnTokens, ...w.portalTokens, ...w.skatteetatenTokens]),
        }),
        async (r) => {
          await expectClean(w.sim, r);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it("answers a body far over the limit without reading it all", async () => {
    const body = "x".repeat(2 * 1024 * 1024);
    for (const ep of ENDPOINTS.filter((e) => e.body !== "none")) {
      const path = fc.sample(ep.path(w), 1)[0]!;
      const token = ep.tokens(w)[0];
      await expectClean(w.sim, {
        method: ep.method,
        path,
        body,
        contentType: ep.body === "form" ? "application/x-www-form-urlencoded" : "application/json",
        authorization: token ? `Bearer ${token}` : undefined,
      });
    }
  });
});

describe("ids and values named like Object.prototype members", () => {
  /** Runs every case and fails once with the whole list, so one report names every endpoint affected. */
  async function collect(cases: (FuzzRequest & { status?: number })[]): Promise<string[]> {
    const failures: string[] = [];
    for (const r of cases) {
      try {
        const o = await expectClean(w.sim, r);
        if (r.status !== undefined && o.status !== r.status)
          failures.push(`${r.method} ${r.path} → ${o.status}, expected ${r.status}`);
      } catch (e) {
        failures.push(e instanceof Error ? e.message.split("\n")[0]! : String(e));
      }
    }
    return failures;
  }

  it("never finds a stored object under __proto__, constructor, toString … in a path", async () => {
    const cases: (FuzzRequest & { status?: number })[] = [];
    for (const ep of ID_PATHS) {
      for (const name of PROTOTYPE_NAMES) {
        for (const token of [...ep.tokens(w).slice(0, 1), undefined]) {
          cases.push({
            method: ep.method,
            path: ep.path.replaceAll("{}", encodeURIComponent(name)),
            body: ep.method === "GET" || ep.method === "DELETE" ? undefined : "{}",
            contentType: "application/json",
            authorization: token ? `Bearer ${token}` : undefined,
            status: ep.status,
          });
        }
      }
    }
    expect(await collect(cases)).toEqual([]);
  });

  it("never finds a stored object under such a name in a body field", async () => {
    const cases: FuzzRequest[] = [];
    for (const ep of ENDPOINTS.filter((e) => e.body === "json" && e.base)) {
      const base = ep.base!(w);
      const isString = (p: (string | number)[]) =>
        typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], base) === "string";
      for (const p of leafPaths(base).filter(isString)) {
        for (const name of PROTOTYPE_NAMES.slice(0, 3)) {
          const token = ep.tokens(w)[0];
          cases.push({
            method: ep.method,
            path: fc.sample(ep.path(w), { numRuns: 1, seed: 1 })[0]!,
            body: JSON.stringify(setAt(base, p, name)),
            contentType: "application/json",
            authorization: token ? `Bearer ${token}` : undefined,
          });
        }
      }
    }
    expect(await collect(cases)).toEqual([]);
  });
});
