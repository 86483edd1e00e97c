import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import {
  buildTestSubmission,
  type BoligselskapKvittering,
  type BoligselskapMelding,
} from "@/lib/apis/innrapportering-boligselskap/payload";
import type { TestSim } from "@/test/support/sim";
import { osloToday, partsOfDay } from "@/lib/simulator/skatteetaten/dates";
import { call, mintAccessToken, newSim } from "../support/sim";
import {
  BOLIG,
  boligPath,
  BRL_CUSTOMER,
  CUSTOMER,
  expectSkeError as expectError,
  seedSystemUser,
  systemUserToken,
  VENDOR,
} from "./skatteetaten-support";
import { idempotencyCount } from "../support/sim-state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let sim: TestSim;
let token: string;
let year: number;

beforeEach(async () => {
  sim = await newSim();
  year = partsOfDay(osloToday(sim.now())).year - 1;
  const user = await seedSystemUser(sim, { orgno: BRL_CUSTOMER, apis: ["innrapportering-boligselskap"] });
  token = await systemUserToken(sim, { scope: BOLIG.scope, user });
});

function submission(orgno = BRL_CUSTOMER): BoligselskapMelding {
  return buildTestSubmission({ orgno, orgName: "LYSEBLÅ ÆRLIG OTER BRL", inntektsaar: year });
}

function post(
  body: unknown,
  opts: {
    key?: string | null;
    bearer?: string | null;
    headers?: Record<string, string>;
    yearPart?: string | number;
  } = {},
) {
  const headers: Record<string, string> = { accept: "application/json", ...opts.headers };
  if (opts.key !== null) headers.idempotencyKey = opts.key ?? randomUUID();
  return call(sim, "POST", boligPath(opts.yearPart ?? year), {
    json: body,
    headers,
    bearer: opts.bearer === null ? undefined : (opts.bearer ?? token),
  });
}

describe("Innrapportering boligselskap: a valid submission", () => {
  it("accepts the wizard's test submission and answers with the receipt", async () => {
    const res = await post(submission());
    expect(res.status).toBe(200);
    expect(res.headers.get("Korrelasjonsid")).toMatch(UUID);
    const body = (await res.json()) as BoligselskapKvittering;
    expect(body.dialogId).toMatch(UUID);
    expect(body.forsendelseId).toMatch(UUID);
    expect(body.dialogId[14]).toBe("7");
    expect(body.leveranseformaal).toEqual([
      {
        boligselskapFormaal: "bolig",
        oppgavegiversLeveranseReferanse: `systembruker-test-${BRL_CUSTOMER}-${year}`,
        antallSletteoppgaver: 0,
        antallOppgaver: 2,
      },
    ]);
  });

  it("builds the same test submission for the same input, its summary matching its tasks", () => {
    const a = submission();
    expect(submission()).toEqual(a);
    const l = a.leveranse[0]!;
    expect(l.oppgaveoppsummering.antallOppgaver).toBe(l.oppgave.length);
    expect(l.oppgaveoppsummering.sumAndelFormue).toBe(l.oppgave.reduce((acc, o) => acc + o.andelFormue, 0));
    expect(l.oppgavegiver.organisasjonsnummer).toBe(BRL_CUSTOMER);
    expect(l.inntektsaar).toBe(year);
  });

  it("accepts a system user that holds an access package instead of the resource", async () => {
    const user = await seedSystemUser(sim, {
      orgno: BRL_CUSTOMER,
      apis: [],
      accessPackages: ["forretningsforer-eiendom"],
    });
    const res = await post(submission(), {
      bearer: await systemUserToken(sim, { scope: BOLIG.scope, user }),
    });
    expect(res.status).toBe(200);
  });
});

describe("Innrapportering boligselskap: idempotencyKey", () => {
  it("answers the same key and body with the stored response", async () => {
    const key = randomUUID();
    const first = (await (await post(submission(), { key })).json()) as BoligselskapKvittering;
    const again = await post(submission(), { key });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await idempotencyCount(sim)).toBe(1);
  });

  it("refuses the same key with another body with 409 GLD_019", async () => {
    const key = randomUUID();
    expect((await post(submission(), { key })).status).toBe(200);
    const changed = submission();
    changed.leveranse[0]!.kildesystem = "another";
    await expectError(await post(changed, { key }), 409, "GLD_019");
  });

  it("lets a rejected submission be corrected and sent with the same key", async () => {
    const key = randomUUID();
    const broken = submission();
    broken.leveranse[0]!.oppgaveoppsummering.antallOppgaver = 5;
    await expectError(await post(broken, { key }), 400, "GLD_010");
    expect((await post(submission(), { key })).status).toBe(200);
  });

  it("needs the header (GLD_1028) and a UUID in it (GLD_1022)", async () => {
    const missing = await expectError(await post(submission(), { key: null }), 400, "GLD_006", "GLD_1028");
    expect(missing.spesifisering?.[0]?.sti).toBe("idempotencyKey");
    await expectError(await post(submission(), { key: "not-a-uuid" }), 400, "GLD_006", "GLD_1022");
  });
});

describe("Innrapportering boligselskap: headers, path and year", () => {
  it("needs Content-Type application/json (GLD_1047)", async () => {
    const res = await call(sim, "POST", boligPath(year), {
      body: JSON.stringify(submission()),
      headers: { "content-type": "text/plain", idempotencyKey: randomUUID() },
      bearer: token,
    });
    await expectError(res, 400, "GLD_006", "GLD_1047");
  });

  it("needs an Accept that allows application/json (GLD_1030)", async () => {
    await expectError(
      await post(submission(), { headers: { accept: "application/xml" } }),
      400,
      "GLD_006",
      "GLD_1030",
    );
  });

  it("refuses an income year that is not supported (GLD_1027)", async () => {
    for (const y of [2022, year + 1, "20x4", "99999"]) {
      const body = await expectError(await post(submission(), { yearPart: y }), 400, "GLD_006", "GLD_1027");
      expect(body.spesifisering?.[0]?.angittVerdi).toBe(String(y));
    }
  });

  it("answers 404 GLD_021 for an unknown path and 405 GLD_022 for another method", async () => {
    await expectError(
      await call(sim, "POST", `/sim/skatteetaten/${BOLIG.hostStem}/v2/${year}`),
      404,
      "GLD_021",
      "GLD_1023",
    );
    await expectError(await call(sim, "POST", `${boligPath(year)}/extra`), 404, "GLD_021");
    const get = await call(sim, "GET", boligPath(year), { bearer: token });
    await expectError(get, 405, "GLD_022");
    expect(get.headers.get("allow")).toBe("POST");
  });
});

describe("Innrapportering boligselskap: authorisation", () => {
  it("answers 401 with a Bearer challenge and no body without a valid token", async () => {
    for (const bearer of [null, "garbage"]) {
      const res = await post(submission(), { bearer });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
      expect(res.headers.get("Korrelasjonsid")).toMatch(UUID);
      expect(await res.text()).toBe("");
    }
  });

  it("needs the API's scope (403 GLD_005)", async () => {
    const user = await seedSystemUser(sim, { orgno: BRL_CUSTOMER });
    const other = await systemUserToken(sim, { scope: "skatteetaten:kravogbetalinger", user });
    const body = await expectError(await post(submission(), { bearer: other }), 403, "GLD_005");
    expect(body.melding).toContain(BOLIG.scope);
  });

  it("needs a system user in the token (403 GLD_005)", async () => {
    const plain = await mintAccessToken(sim, { vendorOrgno: VENDOR, scope: BOLIG.scope });
    const body = await expectError(await post(submission(), { bearer: plain }), 403, "GLD_005");
    expect(body.melding).toMatch(/systembruker/i);
  });

  it("needs the system user to hold the resource or a package (403 GLD_005)", async () => {
    const user = await seedSystemUser(sim, { orgno: BRL_CUSTOMER, apis: ["kravogbetalinger"] });
    const body = await expectError(
      await post(submission(), { bearer: await systemUserToken(sim, { scope: BOLIG.scope, user }) }),
      403,
      "GLD_005",
    );
    expect(body.melding).toContain("ske-innrapportering-boligselskap");
  });

  it("needs the oppgavegiver to be the system user's organisation (403 GLD_005)", async () => {
    const body = await expectError(await post(submission(CUSTOMER)), 403, "GLD_005");
    expect(body.melding).toContain(CUSTOMER);
  });
});

describe("Innrapportering boligselskap: payload (400 GLD_010)", () => {
  async function problems(mutate: (m: BoligselskapMelding & Record<string, unknown>) => void) {
    const m = submission() as BoligselskapMelding & Record<string, unknown>;
    mutate(m);
    const body = await expectError(await post(m), 400, "GLD_010");
    expect(body.spesifisering?.length).toBeGreaterThan(0);
    return body.spesifisering!;
  }

  it("reports a missing oppgavegiver.organisasjonsnummer with its path", async () => {
    const s = await problems((m) => {
      delete (m.leveranse[0]!.oppgavegiver as Partial<{ organisasjonsnummer: string }>).organisasjonsnummer;
    });
    expect(s).toContainEqual(
      expect.objectContaining({
        sti: "leveranse/0/oppgavegiver/organisasjonsnummer",
        melding: "Feltet mangler.",
      }),
    );
  });

  it("needs at least one leveranse", async () => {
    const s = await problems((m) => {
      m.leveranse = [];
    });
    expect(s[0]?.sti).toBe("leveranse");
  });

  it("checks field types and unknown fields", async () => {
    const s = await problems((m) => {
      (m.leveranse[0]!.oppgave[0] as unknown as Record<string, unknown>).andelFormue = "15000";
      (m.leveranse[0] as unknown as Record<string, unknown>).oppgavegiversLeveransereferanse = "typo";
    });
    expect(s).toContainEqual(
      expect.objectContaining({ sti: "leveranse/0/oppgave/0/andelFormue", angittVerdi: "15000" }),
    );
    expect(s).toContainEqual(expect.objectContaining({ sti: "leveranse/0/oppgavegiversLeveransereferanse" }));
  });

  it("checks the summary against the tasks", async () => {
    const s = await problems((m) => {
      m.leveranse[0]!.oppgaveoppsummering.antallOppgaver = 3;
      m.leveranse[0]!.oppgaveoppsummering.sumAndelGjeld += 1;
    });
    expect(s).toContainEqual(
      expect.objectContaining({ sti: "leveranse/0/oppgaveoppsummering/antallOppgaver", angittVerdi: "3" }),
    );
    expect(s).toContainEqual(
      expect.objectContaining({ sti: "leveranse/0/oppgaveoppsummering/sumAndelGjeld" }),
    );
  });

  it("needs the body's income year to be the path's", async () => {
    const s = await problems((m) => {
      m.leveranse[0]!.inntektsaar = year - 1;
    });
    expect(s).toContainEqual(expect.objectContaining({ kode: "GLD_1052", sti: "leveranse/0/inntektsaar" }));
  });

  it("answers malformed JSON with 400 GLD_008", async () => {
    const res = await call(sim, "POST", boligPath(year), {
      body: '{"leveranse": [',
      headers: { "content-type": "application/json", idempotencyKey: randomUUID() },
      bearer: token,
    });
    await expectError(res, 400, "GLD_008");
  });

  it("never answers garbage with a 5xx", async () => {
    const garbage: unknown[] = [
      null,
      [],
      "x",
      42,
      { leveranse: null },
      { leveranse: [null] },
      { leveranse: [{}] },
    ];
    let deep: unknown = 1;
    for (let i = 0; i < 2000; i++) deep = { a: deep };
    garbage.push({ leveranse: [deep] });
    for (const g of garbage) {
      const res = await post(g);
      expect(res.status, JSON.stringify(g).slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    for (const n of [5_000, 200_000]) {
      for (const raw of [
        `{"leveranse":[${'{"a":'.repeat(n)}1${"}".repeat(n)}]}`,
        `[${"[".repeat(n)}${"]".repeat(n)}]`,
      ]) {
        const res = await call(sim, "POST", boligPath(year), {
          body: raw,
          headers: { "content-type": "application/json", idempotencyKey: randomUUID() },
          bearer: token,
        });
        // The deeper one is also over the simulator's body limit: the same code, with 413.
        await expectError(res, raw.length > 256 * 1024 ? 413 : 400, "GLD_008");
      }
    }
  });
});
