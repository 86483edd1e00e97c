import { isValidOrgno } from "@/lib/mod11";
import { findOrg } from "@/lib/simulator/db/orgs";
import type { Sim } from "@/lib/simulator/sim";
import { authenticate, authorise, checkActingFor } from "@/lib/simulator/skatteetaten/auth";
import { addOneYear, osloToday, parseIsoDate } from "@/lib/simulator/skatteetaten/dates";
import {
  correlationIdFor,
  errorFrom,
  KB,
  DAS,
  skeJson,
  type ErrorDef,
} from "@/lib/simulator/skatteetaten/errors";
import { acceptsJson } from "@/lib/simulator/skatteetaten/media";
import { kravogbetalinger as API } from ".";
import { claimsInPeriodResponse, openClaimsResponse } from "./data";

/**
 * Krav og betalinger, the regnskapssystem variant that takes a system-user token (contracts §3.4):
 *   GET /v1/regnskapssystem/{orgnr}/aapnekrav
 *   GET /v1/regnskapssystem/{orgnr}/krav?fraOgMed=YYYY-MM-DD&tilOgMed=YYYY-MM-DD   (at most one year)
 * Checks run in this order: known URL (KB-003), token (KB-004), Accept (KB-008), orgnr format (KB-006),
 * authorisation (DAS-008), acting for the path's organisation (DAS-008: Krav og betalinger documents no code of
 * its own for "not authorised for this organisation", so the gateway's is used, contracts §3.1), the
 * organisation having data (KB-009), the period (KB-006), claims in it (KB-007).
 */
/** A body over the simulator's limit: Krav og betalinger's input error at 413. */
export const bodyTooLarge: ErrorDef = { ...KB.invalidInput, status: 413 };

const ENDPOINTS = ["aapnekrav", "krav"] as const;
type Endpoint = (typeof ENDPOINTS)[number];

/** `path` is below the API's host stem, e.g. ["v1", "regnskapssystem", "313367002", "aapnekrav"]. */
export async function handle(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const kid = correlationIdFor(req);
  const route = matchRoute(req.method, path);
  if (!route) return errorFrom(KB.unknownUrl, kid);

  const claims = await authenticate(sim, req);
  if (!claims) {
    return errorFrom(KB.unauthenticated, kid, "Mangler gyldig Maskinporten-token (Authorization: Bearer).", {
      headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
    });
  }
  if (!acceptsJson(req)) return errorFrom(KB.format, kid);
  if (!isValidOrgno(route.orgnr)) {
    return errorFrom(KB.invalidInput, kid, `Ugyldig organisasjonsnummer «${route.orgnr.slice(0, 40)}».`);
  }

  const auth = await authorise(sim, claims, API);
  if (!auth.ok) return errorFrom(DAS.forbidden, kid, auth.detail);
  const party = await checkActingFor(sim, auth, route.orgnr, API);
  if (party) return errorFrom(DAS.forbidden, kid, party.detail);

  const org = await findOrg(sim, route.orgnr);
  if (!org) return errorFrom(KB.unknownParty, kid);
  const today = osloToday(sim.now());

  if (route.endpoint === "aapnekrav") return skeJson(openClaimsResponse(org, today), 200, kid);

  const period = parsePeriod(new URL(req.url).searchParams);
  if (!period.ok) return errorFrom(KB.invalidInput, kid, period.detail);
  const body = claimsInPeriodResponse(org, today, period.from, period.to);
  return body ? skeJson(body, 200, kid) : errorFrom(KB.nothingInPeriod, kid);
}

function matchRoute(method: string, path: string[]): { endpoint: Endpoint; orgnr: string } | null {
  if (method !== "GET" || path.length !== 4) return null;
  const [version, variant, orgnr, endpoint] = path as [string, string, string, string];
  if (version !== API.version || variant !== "regnskapssystem") return null;
  if (!(ENDPOINTS as readonly string[]).includes(endpoint)) return null;
  return { endpoint: endpoint as Endpoint, orgnr };
}

type Period = { ok: true; from: number; to: number } | { ok: false; detail: string };

function parsePeriod(params: URLSearchParams): Period {
  const rawFrom = params.get("fraOgMed");
  const rawTo = params.get("tilOgMed");
  if (!rawFrom || !rawTo) return { ok: false, detail: "fraOgMed og tilOgMed må oppgis (YYYY-MM-DD)." };
  const from = parseIsoDate(rawFrom);
  if (from === null)
    return { ok: false, detail: `fraOgMed «${rawFrom.slice(0, 40)}» er ikke en gyldig dato (YYYY-MM-DD).` };
  const to = parseIsoDate(rawTo);
  if (to === null)
    return { ok: false, detail: `tilOgMed «${rawTo.slice(0, 40)}» er ikke en gyldig dato (YYYY-MM-DD).` };
  if (from > to) return { ok: false, detail: "fraOgMed kan ikke være etter tilOgMed." };
  if (to > addOneYear(from)) return { ok: false, detail: "Perioden kan være maks ett år." };
  return { ok: true, from, to };
}
