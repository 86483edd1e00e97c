import { json } from "./http";
import { findOrg } from "./orgs";
import type { Sim } from "./sim";

/**
 * The Central Coordinating Register's open lookup (Enhetsregisteret, `GET /enhetsregisteret/api/enheter/{orgnr}`),
 * answering for the synthetic organisations only. Real shape: { organisasjonsnummer, navn, organisasjonsform }.
 */
export async function handleBrreg(_sim: Sim, req: Request, path: string[]): Promise<Response> {
  if (req.method !== "GET" || path.length !== 4 || path.slice(0, 3).join("/") !== "enhetsregisteret/api/enheter") {
    return json({ status: 404, error: "Not Found" }, 404);
  }
  const orgnr = path[3]!;
  if (!/^\d{9}$/.test(orgnr)) return json({ status: 400, error: "Bad Request", message: "Ugyldig organisasjonsnummer" }, 400);
  const org = findOrg(orgnr);
  if (!org) return json({ status: 404, error: "Not Found", message: `Enhet med organisasjonsnummer ${orgnr} finnes ikke` }, 404);
  return json({
    organisasjonsnummer: org.orgno,
    navn: org.name,
    organisasjonsform: { kode: org.organisationForm },
    forretningsadresse: { kommune: org.municipality.toUpperCase(), land: "Norge" },
  });
}
