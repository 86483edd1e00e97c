import { randomBytes } from "node:crypto";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { BoligselskapKvittering } from "@/lib/payloads/boligselskap";
import { empty, readJson } from "../http";
import { consumerOrgno } from "../maskinporten/access-token";
import type { Sim } from "../sim";
import { authenticate, authorise, checkParty } from "./auth";
import { MAX_JSON_DEPTH, nestsDeeperThan, validateMelding, type ValidMelding } from "./boligselskap-schema";
import { osloToday, partsOfDay } from "./dates";
import {
  CORRELATION_HEADER,
  correlationIdFor,
  errorFrom,
  GLD,
  GLD_SPEC,
  skeJson,
  type Spesifisering,
} from "./errors";
import { lookup, recordKey, remember, requestHash } from "./idempotency";
import { acceptsJson, hasJsonContentType } from "./media";

/**
 * Innrapportering boligselskap (RF-1139), `POST /v1/{inntektsaar}` with header `idempotencyKey`
 * (contracts §3.2). Checks run in this order: known URL (GLD_021) and method (GLD_022), token (401),
 * Accept (GLD_1030), Content-Type (GLD_1047), idempotencyKey (GLD_1028 / GLD_1022), income year
 * (GLD_1027), authorisation (GLD_005), JSON syntax (GLD_008), key reuse (replay or GLD_019), payload
 * (GLD_010), and the oppgavegiver being the system user's organisation (GLD_005).
 */
const API = SKATTEETATEN_APIS["innrapportering-boligselskap"];
const FIRST_SUPPORTED_YEAR = 2023;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `path` is below the API's host stem, e.g. ["v1", "2024"]. */
export async function handleInnrapportering(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const kid = correlationIdFor(req);
  if (path.length !== 2 || path[0] !== API.version) {
    return errorFrom(GLD.notFound, kid, undefined, {
      spesifisering: [{ kode: GLD_SPEC.noResource, melding: "Finner ingen ressurs for denne urlen." }],
    });
  }
  if (req.method !== "POST") return errorFrom(GLD.method, kid, undefined, { headers: { Allow: "POST" } });
  const yearText = path[1]!;

  const claims = await authenticate(sim, req);
  if (!claims) {
    // Skatteetaten documents no 401 code for the innrapportering APIs (GLD_005 is the 403), so the answer
    // is the plain OAuth one: an empty body and the challenge header.
    return empty(401, { "WWW-Authenticate": 'Bearer error="invalid_token"', [CORRELATION_HEADER]: kid });
  }
  if (!acceptsJson(req)) {
    return badRequest(
      kid,
      GLD_SPEC.accept,
      "Accept-header må være av type application/json.",
      "Accept",
      req.headers.get("accept"),
    );
  }
  if (!hasJsonContentType(req)) {
    return badRequest(
      kid,
      GLD_SPEC.contentType,
      "Content type må være application/json.",
      "Content-Type",
      req.headers.get("content-type"),
    );
  }
  const idempotencyKey = req.headers.get("idempotencyKey");
  if (idempotencyKey === null || idempotencyKey.trim() === "") {
    return badRequest(kid, GLD_SPEC.headerMissing, "Header mangler: idempotencyKey.", "idempotencyKey");
  }
  if (!UUID.test(idempotencyKey.trim())) {
    return badRequest(
      kid,
      GLD_SPEC.parameters,
      "idempotencyKey må være en UUID.",
      "idempotencyKey",
      idempotencyKey,
    );
  }
  const year = supportedYear(sim, yearText);
  if (!year.ok) return badRequest(kid, GLD_SPEC.incomeYear, year.melding, "inntektsaar", yearText);

  const auth = await authorise(sim, claims, API);
  if (!auth.ok) return errorFrom(GLD.forbidden, kid, auth.detail);

  // The router has already refused a body over the simulator's limit (256 KB) with a 413.
  const body = await readJson(req);
  if (!body.ok) {
    const detail =
      body.reason === "too-large" ? "Meldingen er større enn 256 KB." : "Innholdet er ikke gyldig JSON.";
    return errorFrom(GLD.structure, kid, detail);
  }
  if (nestsDeeperThan(body.value, MAX_JSON_DEPTH)) {
    return errorFrom(GLD.structure, kid, "Strukturen er for dypt nøstet.");
  }

  const key = recordKey(API.hostStem, consumerOrgno(claims) ?? claims.client_id, idempotencyKey.trim());
  const hash = requestHash(yearText, body.value);
  const seen = await lookup(sim, key, hash);
  if (seen.kind === "replay") return skeJson(seen.record.body, seen.record.status, kid);
  if (seen.kind === "conflict") return idempotencyConflict(kid);

  const valid = validateMelding(body.value, year.value);
  if (!valid.ok) return errorFrom(GLD.payload, kid, undefined, { spesifisering: valid.spesifisering });
  const party = checkParty(auth, valid.melding.leveranse[0]!.oppgavegiver.organisasjonsnummer);
  if (party) return errorFrom(GLD.forbidden, kid, party.detail);

  const receipt = receiptFor(sim, valid.melding);
  const stored = await remember(sim, { key, bodyHash: hash, status: 200, body: receipt, created: sim.now() });
  if (stored.kind === "replay") return skeJson(stored.record.body, stored.record.status, kid);
  if (stored.kind === "conflict") return idempotencyConflict(kid);
  return skeJson(receipt, 200, kid);
}

function badRequest(
  kid: string,
  kode: string,
  melding: string,
  sti: string,
  value?: string | null,
): Response {
  const spec: Spesifisering = { kode, melding, sti };
  if (value !== undefined && value !== null) spec.angittVerdi = value.slice(0, 100);
  return errorFrom(GLD.badRequest, kid, undefined, { spesifisering: [spec] });
}

function idempotencyConflict(kid: string): Response {
  return errorFrom(
    GLD.idempotencyReused,
    kid,
    "Nøkkelen er brukt med en annen request-body; bruk en ny UUID.",
  );
}

/** 2023 up to last year by the simulator's clock: the years a delivery can be made for. */
function supportedYear(sim: Sim, text: string): { ok: true; value: number } | { ok: false; melding: string } {
  const last = partsOfDay(osloToday(sim.now())).year - 1;
  const melding = `Inntektsår er ikke støttet. Støttede inntektsår er ${FIRST_SUPPORTED_YEAR}–${last}.`;
  if (!/^\d{4}$/.test(text)) return { ok: false, melding };
  const value = Number(text);
  return value >= FIRST_SUPPORTED_YEAR && value <= last ? { ok: true, value } : { ok: false, melding };
}

/** The receipt: a Dialogporten dialog and shipment, and per delivery and purpose what was received. */
function receiptFor(sim: Sim, melding: ValidMelding): BoligselskapKvittering {
  const leveranseformaal: BoligselskapKvittering["leveranseformaal"] = [];
  for (const l of melding.leveranse) {
    const counts = new Map<string, { antallOppgaver: number; antallSletteoppgaver: number }>();
    const bump = (formaal: string, field: "antallOppgaver" | "antallSletteoppgaver") => {
      const c = counts.get(formaal) ?? { antallOppgaver: 0, antallSletteoppgaver: 0 };
      c[field] += 1;
      counts.set(formaal, c);
    };
    for (const o of l.oppgave)
      bump(o.boligselskapFormaal ?? l.boligselskapFormaal ?? "bolig", "antallOppgaver");
    const fallback = l.boligselskapFormaal ?? counts.keys().next().value ?? "bolig";
    for (const s of l.sletteoppgave ?? []) bump(s.boligselskapFormaal ?? fallback, "antallSletteoppgaver");
    if (counts.size === 0) counts.set(fallback, { antallOppgaver: 0, antallSletteoppgaver: 0 });
    for (const [boligselskapFormaal, c] of counts) {
      leveranseformaal.push({
        boligselskapFormaal,
        ...(l.oppgavegiversLeveranseReferanse !== undefined
          ? { oppgavegiversLeveranseReferanse: l.oppgavegiversLeveranseReferanse }
          : {}),
        antallSletteoppgaver: c.antallSletteoppgaver,
        antallOppgaver: c.antallOppgaver,
      });
    }
  }
  return { dialogId: uuidV7(sim.now()), forsendelseId: uuidV7(sim.now()), leveranseformaal };
}

/** Dialogporten's ids are UUIDv7 (time-ordered), as in Skatteetaten's example receipt. */
function uuidV7(epochMs: number): string {
  const b = randomBytes(16);
  const ms = BigInt(Math.max(0, Math.floor(epochMs)));
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = b.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
