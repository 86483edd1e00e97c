import fc from "fast-check";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { EndpointSpec } from "./fuzz-endpoints";
import { CUSTOMER_ORGNO, VENDOR_ORGNO, type World } from "./fuzz-world";
import { segment } from "./fuzz-support";

/**
 * The endpoints of agent requests, change requests and client delegation (contracts-more §1.3, §1.6, §2) for
 * the fuzzers, kept apart from fuzz-endpoints.ts so neither file grows past a screenful of specs. The
 * enduser endpoints get no token here (the World has no enduser login), so they are fuzzed up to the 401.
 */
const A = "/sim/altinn/authentication/api/v1";
const rights = [
  { resource: [{ id: "urn:altinn:resource", value: SKATTEETATEN_APIS.kravogbetalinger.resource }] },
];
const fixed = (p: string) => () => fc.constant(p);
const sys = (w: World) => segment(w.ids.systems);
const req = (w: World) => segment(w.ids.requests);
const org = () => segment([CUSTOMER_ORGNO, VENDOR_ORGNO]);
const ref = (w: World) => segment(w.ids.externalRefs);
const altinn = (w: World) => w.altinnTokens;
const none = () => [];

export function agentEndpoints(): EndpointSpec[] {
  return [
    // Agent requests (contracts-more §1.3)
    {
      name: "req agent get",
      method: "GET",
      path: (w) => req(w).map((r) => `${A}/systemuser/request/vendor/agent/${r}`),
      body: "none",
      tokens: altinn,
    },
    {
      name: "req agent byexternalref",
      method: "GET",
      path: (w) =>
        fc
          .tuple(sys(w), org(), ref(w))
          .map(([s, o, r]) => `${A}/systemuser/request/vendor/agent/byexternalref/${s}/${o}/${r}`),
      body: "none",
      tokens: altinn,
    },
    {
      name: "req agent bysystem",
      method: "GET",
      path: (w) =>
        fc
          .tuple(sys(w), fc.option(fc.string(), { nil: undefined }))
          .map(
            ([s, t]) =>
              `${A}/systemuser/request/vendor/agent/bysystem/${s}${t === undefined ? "" : `?token=${encodeURIComponent(t)}`}`,
          ),
      body: "none",
      tokens: altinn,
    },
    // Change requests (contracts-more §2)
    {
      name: "cr create",
      method: "POST",
      path: () =>
        fc
          .tuple(fc.option(fc.oneof(fc.uuid(), fc.string()), { nil: undefined }), segment())
          .map(
            ([c, u]) =>
              `${A}/systemuser/changerequest/vendor?system-user-id=${u}${c === undefined ? "" : `&correlation-id=${encodeURIComponent(c)}`}`,
          ),
      body: "json",
      base: () => ({
        requiredRights: rights,
        unwantedRights: [],
        requiredAccessPackages: [],
        unwantedAccessPackages: [],
      }),
      tokens: altinn,
    },
    {
      name: "cr get",
      method: "GET",
      path: () => segment().map((r) => `${A}/systemuser/changerequest/vendor/${r}`),
      body: "none",
      tokens: altinn,
    },
    {
      name: "cr delete",
      method: "DELETE",
      path: () => segment().map((r) => `${A}/systemuser/changerequest/vendor/${r}`),
      body: "none",
      tokens: altinn,
    },
    {
      name: "cr byexternalref",
      method: "GET",
      path: (w) =>
        fc
          .tuple(sys(w), org(), ref(w))
          .map(([s, o, r]) => `${A}/systemuser/changerequest/vendor/byexternalref/${s}/${o}/${r}`),
      body: "none",
      tokens: altinn,
    },
    {
      name: "cr bysystem",
      method: "GET",
      path: (w) => sys(w).map((s) => `${A}/systemuser/changerequest/vendor/bysystem/${s}`),
      body: "none",
      tokens: altinn,
    },
    // Client delegation (contracts-more §1.6) and the simulator-only enduser login
    {
      name: "enduser login",
      method: "POST",
      path: fixed(`${A}/enduser/login`),
      body: "json",
      base: () => ({ orgno: CUSTOMER_ORGNO }),
      tokens: none,
    },
    {
      name: "enduser agents",
      method: "GET",
      path: () => org().map((o) => `${A}/enduser/systemuser/agents?party=${o}`),
      body: "none",
      tokens: none,
    },
    ...(["GET", "POST", "DELETE"] as const).map((method): EndpointSpec => ({
      name: `enduser clients ${method}`,
      method,
      path: () =>
        fc
          .tuple(segment(), segment())
          .map(([a, c]) => `${A}/enduser/systemuser/clients?agent=${a}&client=${c}`),
      body: "none",
      tokens: none,
    })),
    {
      name: "enduser clients available",
      method: "GET",
      path: () => segment().map((a) => `${A}/enduser/systemuser/clients/available?agent=${a}`),
      body: "none",
      tokens: none,
    },
  ];
}
