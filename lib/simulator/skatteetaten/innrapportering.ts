import type { SkatteetatenApi } from "@/lib/apis/types";
import { empty, readJson } from "../http";
import { consumerOrgno } from "../maskinporten/access-token";
import type { Sim } from "../sim";
import { authenticate, authorise, checkActingFor } from "./auth";
import {
  CORRELATION_HEADER,
  correlationIdFor,
  errorFrom,
  skeJson,
  type InnrapporteringCodes,
  type Spesifisering,
} from "./errors";
import { lookup, recordKey, remember, requestHash } from "./idempotency";
import { acceptsJson, hasJsonContentType } from "./media";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./validation";

/**
 * The innrapportering family's POST (contracts §3.2, contracts-more §4.1–4.3): every API of it checks the same
 * things in the same order, and differs only in its path, payload and receipt, which each API's module gives
 * as `InnrapporteringRules`. The order: known URL (x_021) and method (x_022), token (401), Accept (x_1030),
 * Content-Type (x_1047), idempotencyKey (x_1028 / x_1022), the path's period (x_1027 / x_1022),
 * authorisation (x_005; a-melding: AMLD_1063 for a token without a system user), JSON syntax (x_008), key
 * reuse (replay or x_019), payload (x_010, x_1051/x_1052 for path ≠ body), and last whether the system user
 * may act for the organisation the data is about (x_005 with x_1015, contracts-more §1.8).
 */
export interface PathProblem {
  kode: string;
  melding: string;
  sti: string;
  value: string;
}

export interface InnrapporteringRules<Params, Melding> {
  api: SkatteetatenApi;
  codes: InnrapporteringCodes;
  /** The path below `/<version>/` as the API's parameters, or null when it names no resource (x_021). */
  route(rest: string[]): Params | null;
  /** The path's parameters checked before authorisation (income year, month, orgnr). */
  checkPath(sim: Sim, params: Params): PathProblem | null;
  /**
   * Skatteetaten documents no 401 code for most innrapportering APIs, so they answer the plain OAuth 401
   * (empty body, challenge header); a-melding documents AMLD_004 with AMLD_1008.
   */
  documented401: boolean;
  validate(
    body: unknown,
    params: Params,
  ):
    | { ok: true; melding: Melding; party: { orgno: string; sti: string } }
    | { ok: false; spesifisering: Spesifisering[] };
  receipt(sim: Sim, melding: Melding): unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `path` is below the API's host stem, e.g. ["v1", "2024"]. */
export async function handleInnrapportering<P, M>(
  rules: InnrapporteringRules<P, M>,
  sim: Sim,
  req: Request,
  path: string[],
): Promise<Response> {
  const { api, codes } = rules;
  const kid = correlationIdFor(req);
  const params = path[0] === api.version ? rules.route(path.slice(1)) : null;
  if (params === null) {
    return errorFrom(codes.notFound, kid, undefined, {
      spesifisering: [{ kode: codes.spec.noResource, melding: "Finner ingen ressurs for denne urlen." }],
    });
  }
  if (req.method !== "POST") return errorFrom(codes.method, kid, undefined, { headers: { Allow: "POST" } });

  const claims = await authenticate(sim, req);
  if (!claims) {
    const challenge = { "WWW-Authenticate": 'Bearer error="invalid_token"' };
    if (!rules.documented401) return empty(401, { ...challenge, [CORRELATION_HEADER]: kid });
    return errorFrom(codes.unauthenticated, kid, undefined, {
      headers: challenge,
      spesifisering: [{ kode: codes.spec.invalidToken, melding: "Ugyldig token." }],
    });
  }
  const bad = (kode: string, melding: string, sti: string, value?: string | null) =>
    badRequest(codes, kid, { kode, melding, sti, value: value ?? undefined });
  if (!acceptsJson(req)) {
    return bad(
      codes.spec.accept,
      "Accept-header må være av type application/json.",
      "Accept",
      req.headers.get("accept"),
    );
  }
  if (!hasJsonContentType(req)) {
    return bad(
      codes.spec.contentType,
      "Content type må være application/json.",
      "Content-Type",
      req.headers.get("content-type"),
    );
  }
  const idempotencyKey = req.headers.get("idempotencyKey")?.trim();
  if (!idempotencyKey)
    return bad(codes.spec.headerMissing, "Header mangler: idempotencyKey.", "idempotencyKey");
  if (!UUID.test(idempotencyKey)) {
    return bad(codes.spec.parameters, "idempotencyKey må være en UUID.", "idempotencyKey", idempotencyKey);
  }
  const pathProblem = rules.checkPath(sim, params);
  if (pathProblem) return badRequest(codes, kid, pathProblem);

  const auth = await authorise(sim, claims, api);
  if (!auth.ok) {
    const noSystemUser = auth.reason === "no-system-user" ? codes.spec.noSystemUser : null;
    const spesifisering = noSystemUser
      ? [
          {
            kode: noSystemUser,
            melding: "Tokenet mangler informasjon om systembruker i authorization_details.",
          },
        ]
      : undefined;
    return errorFrom(codes.forbidden, kid, auth.detail, { spesifisering });
  }

  // The router has already refused a body over the simulator's limit (256 KB) with a 413.
  const body = await readJson(req);
  if (!body.ok) {
    const detail =
      body.reason === "too-large" ? "Meldingen er større enn 256 KB." : "Innholdet er ikke gyldig JSON.";
    return errorFrom(codes.structure, kid, detail);
  }
  if (nestsDeeperThan(body.value, MAX_JSON_DEPTH)) {
    return errorFrom(codes.structure, kid, "Strukturen er for dypt nøstet.");
  }

  const key = recordKey(api.hostStem, consumerOrgno(claims) ?? claims.client_id, idempotencyKey);
  const hash = requestHash(path.join("/"), body.value);
  const seen = await lookup(sim, key, hash);
  if (seen.kind === "replay") return skeJson(seen.record.body, seen.record.status, kid);
  if (seen.kind === "conflict") return idempotencyConflict(codes, kid);

  const valid = rules.validate(body.value, params);
  if (!valid.ok) return errorFrom(codes.payload, kid, undefined, { spesifisering: valid.spesifisering });
  const refused = await checkActingFor(sim, auth, valid.party.orgno, api);
  if (refused) {
    return errorFrom(codes.forbidden, kid, refused.detail, {
      spesifisering: [
        {
          ...codes.notAuthorisedForParty,
          sti: valid.party.sti,
          angittVerdi: valid.party.orgno.slice(0, 100),
        },
      ],
    });
  }

  const receipt = rules.receipt(sim, valid.melding);
  const stored = await remember(sim, { key, bodyHash: hash, status: 200, body: receipt, created: sim.now() });
  if (stored.kind === "replay") return skeJson(stored.record.body, stored.record.status, kid);
  if (stored.kind === "conflict") return idempotencyConflict(codes, kid);
  return skeJson(receipt, 200, kid);
}

function badRequest(
  codes: InnrapporteringCodes,
  kid: string,
  p: Omit<PathProblem, "value"> & { value?: string },
) {
  const spec: Spesifisering = { kode: p.kode, melding: p.melding, sti: p.sti };
  if (p.value !== undefined) spec.angittVerdi = p.value.slice(0, 100);
  return errorFrom(codes.badRequest, kid, undefined, { spesifisering: [spec] });
}

function idempotencyConflict(codes: InnrapporteringCodes, kid: string): Response {
  return errorFrom(
    codes.idempotencyReused,
    kid,
    "Nøkkelen er brukt med en annen request-body; bruk en ny UUID.",
  );
}

/** An API's simulator from its rules: the handler and its 413 answer (the structure error, x_008). */
export function simulatedInnrapportering<P, M>(rules: InnrapporteringRules<P, M>) {
  return {
    handle: (sim: Sim, req: Request, path: string[]) => handleInnrapportering(rules, sim, req, path),
    bodyTooLarge: { ...rules.codes.structure, status: 413 },
  };
}
