import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { SKATTEETATEN_APIS } from "@/lib/apis";
import {
  buildTestMelding,
  lastMonth,
  type AmeldingKvittering,
} from "@/lib/apis/innrapportering-amelding/payload";
import { call, newSim, type TestSim } from "../support/sim";
import { CUSTOMER, expectSkeError, seedSystemUser, skePath, systemUserToken } from "./skatteetaten-support";

/** Innrapportering a-melding in the simulator (contracts-more §4.2–4.3, SKE api/innrapportering-amelding.md). */
const AMELDING = SKATTEETATEN_APIS["innrapportering-amelding"];
const OTHER = "310702641";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let sim: TestSim;
let token: string;
let month: string;

beforeEach(async () => {
  sim = await newSim();
  month = lastMonth(sim.now());
  const user = await seedSystemUser(sim, { orgno: CUSTOMER, apis: ["innrapportering-amelding"] });
  token = await systemUserToken(sim, { scope: AMELDING.scope, user });
});

function melding(opts: { orgno?: string; month?: string; meldingsId?: string } = {}) {
  return buildTestMelding({
    orgno: opts.orgno ?? CUSTOMER,
    virksomhet: CUSTOMER,
    kalendermaaned: opts.month ?? month,
    meldingsId: opts.meldingsId ?? randomUUID(),
    now: sim.now(),
  });
}

function post(
  body: unknown,
  opts: { path?: string; key?: string | null; bearer?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { accept: "application/json", ...opts.headers };
  if (opts.key !== null) headers.idempotencyKey = opts.key ?? randomUUID();
  return call(sim, "POST", opts.path ?? skePath(AMELDING.id, `/innsending/${month}/${CUSTOMER}`), {
    json: body,
    headers,
    bearer: opts.bearer === null ? undefined : (opts.bearer ?? token),
  });
}

describe("Innrapportering a-melding: a valid melding", () => {
  it("is received with { dialogId, forsendelseId, meldingsId }", async () => {
    const body = melding({ meldingsId: "8f0e4a7c-2b5d-4c1e-9a3f-6d7b8c9e0f12" });
    const res = await post(body);
    expect(res.status).toBe(200);
    const receipt = (await res.json()) as AmeldingKvittering;
    expect(receipt.dialogId).toMatch(UUID);
    expect(receipt.forsendelseId).toMatch(UUID);
    expect(receipt.meldingsId).toBe("8f0e4a7c-2b5d-4c1e-9a3f-6d7b8c9e0f12");
  });

  it("answers the same receipt to the same melding with the same key, and AMLD_019 to another body", async () => {
    const key = randomUUID();
    const body = melding();
    const first = (await (await post(body, { key })).json()) as AmeldingKvittering;
    const again = await post(body, { key });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    await expectSkeError(await post(melding(), { key }), 409, "AMLD_019");
  });

  it("is given by the a-ordning package to a standard system user, without the single right", async () => {
    const user = await seedSystemUser(sim, { orgno: CUSTOMER, apis: [], accessPackages: ["a-ordning"] });
    const res = await post(melding(), {
      bearer: await systemUserToken(sim, { scope: AMELDING.scope, user }),
    });
    expect(res.status).toBe(200);
  });
});

describe("Innrapportering a-melding: refusals with AMLD codes", () => {
  it("401 AMLD_004 with AMLD_1008 without a valid token", async () => {
    const res = await post(melding(), { bearer: null });
    expect(res.headers.get("WWW-Authenticate")).toContain("invalid_token");
    await expectSkeError(res, 401, "AMLD_004", "AMLD_1008");
  });

  it("403 AMLD_005 with AMLD_1063 for a plain Maskinporten token (no system user)", async () => {
    const plain = await systemUserToken(sim, { scope: AMELDING.scope });
    await expectSkeError(await post(melding(), { bearer: plain }), 403, "AMLD_005", "AMLD_1063");
  });

  it("403 AMLD_005 without the scope or the right", async () => {
    const user = await seedSystemUser(sim, { orgno: CUSTOMER, apis: ["kravogbetalinger"] });
    const noRight = await systemUserToken(sim, { scope: AMELDING.scope, user });
    const body = await expectSkeError(await post(melding(), { bearer: noRight }), 403, "AMLD_005");
    expect(body.melding).toContain("ske-innrapportering-amelding");
    const noScope = await systemUserToken(sim, { scope: "skatteetaten:kravogbetalinger", user });
    await expectSkeError(await post(melding(), { bearer: noScope }), 403, "AMLD_005");
  });

  it("403 AMLD_005 with AMLD_1015 for an opplysningspliktig that is not the system user's", async () => {
    const path = skePath(AMELDING.id, `/innsending/${month}/${OTHER}`);
    const body = await expectSkeError(
      await post(melding({ orgno: OTHER }), { path }),
      403,
      "AMLD_005",
      "AMLD_1015",
    );
    expect(body.spesifisering![0]!.sti).toBe("leveranse/opplysningspliktig/norskIdentifikator");
  });

  it("400 AMLD_010 with AMLD_1051 when the path's opplysningspliktig differs from the body's", async () => {
    const body = await expectSkeError(await post(melding({ orgno: OTHER })), 400, "AMLD_010", "AMLD_1051");
    expect(body.spesifisering![0]!.angittVerdi).toBe(OTHER);
  });

  it("400 AMLD_010 with AMLD_1052 when the path's month differs from the body's", async () => {
    await expectSkeError(await post(melding({ month: "2020-01" })), 400, "AMLD_010", "AMLD_1052");
  });

  it("400 AMLD_006 for the headers and the path: AMLD_1028, AMLD_1022, AMLD_1030, AMLD_1047", async () => {
    await expectSkeError(await post(melding(), { key: null }), 400, "AMLD_006", "AMLD_1028");
    await expectSkeError(await post(melding(), { key: "not-a-uuid" }), 400, "AMLD_006", "AMLD_1022");
    await expectSkeError(
      await post(melding(), { headers: { accept: "application/xml" } }),
      400,
      "AMLD_006",
      "AMLD_1030",
    );
    const text = await call(sim, "POST", skePath(AMELDING.id, `/innsending/${month}/${CUSTOMER}`), {
      body: JSON.stringify(melding()),
      headers: { accept: "application/json", "content-type": "text/plain", idempotencyKey: randomUUID() },
      bearer: token,
    });
    await expectSkeError(text, 400, "AMLD_006", "AMLD_1047");
    const badMonth = skePath(AMELDING.id, `/innsending/2026-13/${CUSTOMER}`);
    await expectSkeError(await post(melding(), { path: badMonth }), 400, "AMLD_006", "AMLD_1022");
  });

  it("404 AMLD_021 for a path the API does not have; 400 AMLD_010 for a broken melding, field by field", async () => {
    await expectSkeError(await post(melding(), { path: skePath(AMELDING.id, `/${month}`) }), 404, "AMLD_021");
    const broken = melding();
    (broken.leveranse as Record<string, unknown>).kalendermaaned = "januar";
    broken.leveranse.oppgave.virksomhet = [];
    const body = await expectSkeError(await post(broken), 400, "AMLD_010");
    expect(body.spesifisering!.map((s) => s.sti)).toEqual(
      expect.arrayContaining(["leveranse/kalendermaaned", "leveranse/oppgave/virksomhet"]),
    );
  });
});
