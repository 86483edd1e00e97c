import { findOrg, searchOrgs } from "./db/orgs";
import { json } from "./http";
import type { SyntheticOrg } from "./orgs";
import type { Sim } from "./sim";

/**
 * The Central Coordinating Register's open API (Enhetsregisteret) over the sandbox's organisation register:
 *
 *   GET …/brreg/enhetsregisteret/api/enheter/{orgnr}   one unit: { organisasjonsnummer, navn, organisasjonsform,
 *                                                      forretningsadresse } (the real lookup's fields we need)
 *   GET …/brreg/enhetsregisteret/api/enheter?…          search, in Brreg's HAL shape:
 *     { _embedded: { enheter: [ <unit> ] }, _links: { self: { href } },
 *       page: { size, totalElements, totalPages, number } }
 *     `_embedded` is left out when nothing matches, as Brreg does. Parameters: `organisasjonsnummer` (comma-
 *     separated), `navn` (part of the name), `page` (from 0), `size` (1–100, default 20), and the simulator-only
 *     `simRole=customer|vendor`. In search results each unit also carries the simulator-only
 *     `simulator: { role, dagligLeder: { navn } }`: who approves in the simulated Altinn (the demo persona).
 */
const BASE = "enhetsregisteret/api/enheter";
const ORGNO = /^\d{9}$/;

export function brregBodyTooLarge(): Response {
  return json({ status: 413, error: "Payload Too Large" }, 413);
}

export async function handleBrreg(sim: Sim, req: Request, path: string[]): Promise<Response> {
  if (req.method !== "GET" || path.slice(0, 3).join("/") !== BASE || path.length > 4) return notFound();
  if (path.length === 3) return search(sim, new URL(req.url));
  const orgnr = path[3]!;
  if (!ORGNO.test(orgnr)) return badRequest("Ugyldig organisasjonsnummer");
  const org = await findOrg(sim, orgnr);
  if (!org) return notFound(`Enhet med organisasjonsnummer ${orgnr} finnes ikke`);
  return json(unit(org));
}

function unit(org: SyntheticOrg) {
  return {
    organisasjonsnummer: org.orgno,
    navn: org.name,
    organisasjonsform: { kode: org.organisationForm },
    forretningsadresse: { kommune: org.municipality.toUpperCase(), land: "Norge" },
  };
}

async function search(sim: Sim, url: URL): Promise<Response> {
  const q = url.searchParams;
  const orgnos = q
    .get("organisasjonsnummer")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (orgnos && (orgnos.length > 100 || !orgnos.every((o) => ORGNO.test(o)))) {
    return badRequest("organisasjonsnummer må være ni siffer, kommaseparert");
  }
  const role = q.get("simRole");
  if (role !== null && role !== "customer" && role !== "vendor") {
    return badRequest("simRole må være customer eller vendor");
  }
  const size = intParam(q.get("size"), 20);
  const page = intParam(q.get("page"), 0);
  if (size === null || size < 1 || size > 100) return badRequest("size må være mellom 1 og 100");
  if (page === null || page < 0 || page > 10_000) return badRequest("page må være 0 eller mer");
  const navn = q.get("navn")?.slice(0, 180) || undefined;

  const { orgs, total } = await searchOrgs(sim, {
    orgnos,
    name: navn,
    role: role ?? undefined,
    offset: page * size,
    limit: size,
  });
  const enheter = orgs.map((o) => ({
    ...unit(o),
    simulator: { role: o.role, dagligLeder: { navn: o.dagligLeder.name } },
  }));
  return json({
    ...(enheter.length > 0 ? { _embedded: { enheter } } : {}),
    _links: { self: { href: url.toString() } },
    page: { size, totalElements: total, totalPages: Math.ceil(total / size), number: page },
  });
}

function intParam(v: string | null, fallback: number): number | null {
  if (v === null || v === "") return fallback;
  return /^\d{1,6}$/.test(v) ? Number(v) : null;
}

function notFound(message?: string): Response {
  return json({ status: 404, error: "Not Found", ...(message ? { message } : {}) }, 404);
}

function badRequest(message: string): Response {
  return json({ status: 400, error: "Bad Request", message }, 400);
}
