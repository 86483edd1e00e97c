import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { SKATTEETATEN_APIS, type ApiId } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import type { SimSystemUser } from "@/lib/simulator/types";
import { mintAccessToken } from "../support/sim";
import { putSystemUser } from "../support/sim-state";

/** Shared set-up for the Skatteetaten simulator tests: a system user in the sandbox and a token for it. */
export const VENDOR = "314500008";
export const CUSTOMER = "313367002";
export const BRL_CUSTOMER = "314248295";
export const CLEAN_CUSTOMER = "314250052";

export const KRAV = SKATTEETATEN_APIS.kravogbetalinger;
export const BOLIG = SKATTEETATEN_APIS["innrapportering-boligselskap"];

export function kravPath(orgnr: string, endpoint: string, query = ""): string {
  return `/sim/skatteetaten/${KRAV.hostStem}/v1/regnskapssystem/${orgnr}/${endpoint}${query}`;
}

export function boligPath(year: number | string): string {
  return `/sim/skatteetaten/${BOLIG.hostStem}/v1/${year}`;
}

/** The simulated URL of an API's path below `/v1` (lib/apis: the host stem is the API's). */
export function skePath(api: ApiId, below: string): string {
  return `/sim/skatteetaten/${SKATTEETATEN_APIS[api].hostStem}/v1${below}`;
}

export async function seedSystemUser(
  sim: TestSim,
  opts: {
    orgno: string;
    apis?: ApiId[];
    accessPackages?: string[];
    isDeleted?: boolean;
    userType?: SimSystemUser["userType"];
  },
): Promise<SimSystemUser> {
  const user: SimSystemUser = {
    id: randomUUID(),
    integrationTitle: "Testsystem",
    systemId: `${VENDOR}_testsystem`,
    systemInternalId: randomUUID(),
    productName: "Testsystem",
    reporteeOrgNo: opts.orgno,
    supplierOrgno: VENDOR,
    supplierName: "REGNSKAPSKLAR LEVERANDØR AS",
    externalRef: opts.orgno,
    rights: (opts.apis ?? ["kravogbetalinger", "innrapportering-boligselskap"]).map((id) => ({
      resource: [{ id: "urn:altinn:resource", value: SKATTEETATEN_APIS[id].resource }],
    })),
    accessPackages: (opts.accessPackages ?? []).map((p) => ({ urn: `urn:altinn:accesspackage:${p}` })),
    userType: opts.userType ?? "standard",
    created: new Date(sim.now()).toISOString(),
    isDeleted: opts.isDeleted ?? false,
  };
  await putSystemUser(sim, user);
  return user;
}

export function systemUserDetails(user: { id: string; reporteeOrgNo: string }, idKey: "ID" | "id" = "ID") {
  return [
    {
      type: "urn:altinn:systemuser",
      systemuser_org: { authority: "iso6523-actorid-upis", [idKey]: `0192:${user.reporteeOrgNo}` },
      systemuser_id: [user.id],
      system_id: `${VENDOR}_testsystem`,
    },
  ];
}

/** A system-user token as Maskinporten issues it; `details: null` leaves authorization_details out. */
export function systemUserToken(
  sim: TestSim,
  opts: { scope: string; user?: SimSystemUser; details?: unknown; lifetime?: number; idKey?: "ID" | "id" },
): Promise<string> {
  const details =
    opts.details !== undefined ? opts.details : opts.user ? systemUserDetails(opts.user, opts.idKey) : null;
  return mintAccessToken(sim, {
    vendorOrgno: VENDOR,
    scope: opts.scope,
    lifetime: opts.lifetime,
    extra: details === null ? {} : { authorization_details: details },
  });
}

export interface SkeErrorJson {
  kode: string;
  melding: string;
  korrelasjonsid: string;
  spesifisering?: { kode: string; melding: string; sti?: string; angittVerdi?: string }[];
}

/** Asserts Skatteetaten's error answer: status, code, a melding, the same correlation id in header and body. */
export async function expectSkeError(
  res: Response,
  status: number,
  kode: string,
  spec?: string,
): Promise<SkeErrorJson> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as SkeErrorJson;
  expect(body.kode).toBe(kode);
  expect(body.melding.length).toBeGreaterThan(0);
  expect(body.korrelasjonsid).toBe(res.headers.get("Korrelasjonsid"));
  if (spec) expect(body.spesifisering?.map((s) => s.kode)).toContain(spec);
  return body;
}
