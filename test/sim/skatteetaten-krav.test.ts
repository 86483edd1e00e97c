import { beforeEach, describe, expect, it } from "vitest";
import { orgnoCheckDigit } from "@/lib/mod11";
import { SYNTHETIC_ORGS } from "@/lib/simulator/orgs";
import type { TestSim } from "@/test/support/sim";
import { formatDay, osloToday } from "@/lib/simulator/skatteetaten/dates";
import { claimsOf, ORGS_WITHOUT_OPEN_CLAIMS } from "@/lib/apis/kravogbetalinger/data";
import { call, newSim } from "../support/sim";
import {
  CLEAN_CUSTOMER,
  CUSTOMER,
  expectSkeError as expectError,
  KRAV,
  kravPath,
  seedSystemUser,
  systemUserToken,
} from "./skatteetaten-support";

/** Every sandbox's organisation register starts as the synthetic organisations. */
const findOrg = (orgno: string) => SYNTHETIC_ORGS.find((o) => o.orgno === orgno);
const customerOrgs = () => SYNTHETIC_ORGS.filter((o) => o.role === "customer");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ore = (kr: number) => Math.round(kr * 100);

interface Claim {
  kravidentifikator: string;
  kravgruppe: string;
  gjenstaaendeBeloep: number;
  stipulerteRenter: number;
  kravforfall: { forfallsdato: string }[];
}
interface OpenClaims {
  partIdentifikator: string;
  skjermet: boolean;
  aapentKravMedGjenstaaendeBeloep: Claim[];
  innbetalingMedUplassertBeloep: { innbetaltBeloep: number }[];
  totalOversikt: Record<
    | "sumStipulerteRenter"
    | "sumForfalteKrav"
    | "sumIkkeForfalteKrav"
    | "sumUplasserteInnbetalinger"
    | "saldo",
    number
  >;
  oversiktPerKravgruppe: { kravgruppe: string; saldo: number }[];
}

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

async function tokenFor(
  orgno: string,
  opts: { apis?: ("kravogbetalinger" | "innrapportering-boligselskap")[] } = {},
) {
  const user = await seedSystemUser(sim, { orgno, apis: opts.apis });
  return { user, token: await systemUserToken(sim, { scope: KRAV.scope, user }) };
}

describe("Krav og betalinger: input", () => {
  it("answers 404 KB-003 for an unknown sub-path or method, before asking for a token", async () => {
    await expectError(await call(sim, "GET", kravPath(CUSTOMER, "innbetalingerx")), 404, "KB-003");
    await expectError(
      await call(sim, "GET", `/sim/skatteetaten/${KRAV.hostStem}/v2/regnskapssystem/${CUSTOMER}/aapnekrav`),
      404,
      "KB-003",
    );
    await expectError(await call(sim, "POST", kravPath(CUSTOMER, "aapnekrav")), 404, "KB-003");
  });
  it("answers 404 DAS-002 for an unknown API host", async () => {
    await expectError(await call(sim, "GET", "/sim/skatteetaten/nosuchapi/v1/x"), 404, "DAS-002");
  });
  it("answers 400 KB-006 for a malformed organisation number", async () => {
    const { token } = await tokenFor(CUSTOMER);
    await expectError(
      await call(sim, "GET", kravPath("12345", "aapnekrav"), { bearer: token }),
      400,
      "KB-006",
    );
    await expectError(
      await call(sim, "GET", kravPath("313367003", "aapnekrav"), { bearer: token }),
      400,
      "KB-006",
    );
  });
  it("answers 404 KB-009 for an organisation without data", async () => {
    const prefix = Array.from({ length: 500 }, (_, i) => String(31000000 + i)).find(
      (p) => orgnoCheckDigit(p) !== null && !findOrg(`${p}${orgnoCheckDigit(p)}`),
    )!;
    const orgno = `${prefix}${orgnoCheckDigit(prefix)}`;
    const { token } = await tokenFor(orgno);
    await expectError(await call(sim, "GET", kravPath(orgno, "aapnekrav"), { bearer: token }), 404, "KB-009");
  });
  it("answers 406 KB-008 when the caller does not accept JSON", async () => {
    const { token } = await tokenFor(CUSTOMER);
    const xml = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), {
      bearer: token,
      headers: { accept: "application/xml" },
    });
    await expectError(xml, 406, "KB-008");
    const any = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), {
      bearer: token,
      headers: { accept: "*/*" },
    });
    expect(any.status).toBe(200);
  });
  it("echoes the caller's Korrelasjonsid and makes one otherwise", async () => {
    const { token } = await tokenFor(CUSTOMER);
    const mine = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav", "?Korrelasjonsid=abc-123"), {
      bearer: token,
    });
    expect(mine.headers.get("Korrelasjonsid")).toBe("abc-123");
    const theirs = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token });
    expect(theirs.headers.get("Korrelasjonsid")).toMatch(UUID);
    const unsafe = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav", "?Korrelasjonsid=a%0Db"), {
      bearer: token,
    });
    expect(unsafe.headers.get("Korrelasjonsid")).toMatch(UUID);
  });
});

describe("Krav og betalinger: aapnekrav data", () => {
  it("answers in the documented shape, the same twice", async () => {
    const { token } = await tokenFor(CUSTOMER);
    const first = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain("application/json");
    const a = (await first.json()) as OpenClaims;
    const b = (await (
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token })
    ).json()) as OpenClaims;
    expect(b).toEqual(a);
    expect(a.partIdentifikator).toBe(CUSTOMER);
    expect(a.skjermet).toBe(false);
    expect(a.aapentKravMedGjenstaaendeBeloep.length).toBeGreaterThan(0);
    for (const k of a.aapentKravMedGjenstaaendeBeloep) {
      expect(k).toMatchObject({
        kravidentifikator: expect.any(String),
        kravtype: expect.any(String),
        kravgruppe: expect.any(String),
      });
      expect(k.gjenstaaendeBeloep).toBeGreaterThan(0);
      expect(k.kravforfall[0]!.forfallsdato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("has totals that add up for every customer, and one customer with nothing open", async () => {
    for (const org of customerOrgs()) {
      const { token } = await tokenFor(org.orgno);
      const body = (await (
        await call(sim, "GET", kravPath(org.orgno, "aapnekrav"), { bearer: token })
      ).json()) as OpenClaims;
      const t = body.totalOversikt;
      const today = formatDay(osloToday(sim.now()));
      const open = body.aapentKravMedGjenstaaendeBeloep;
      const due = (k: Claim) => k.kravforfall[0]!.forfallsdato;
      const sum = (xs: Claim[], f: (k: Claim) => number) => xs.reduce((acc, k) => acc + ore(f(k)), 0);
      expect(ore(t.sumForfalteKrav), org.orgno).toBe(
        sum(
          open.filter((k) => due(k) < today),
          (k) => k.gjenstaaendeBeloep,
        ),
      );
      expect(ore(t.sumIkkeForfalteKrav)).toBe(
        sum(
          open.filter((k) => due(k) >= today),
          (k) => k.gjenstaaendeBeloep,
        ),
      );
      expect(ore(t.sumStipulerteRenter)).toBe(sum(open, (k) => k.stipulerteRenter));
      const unplaced = body.innbetalingMedUplassertBeloep.reduce((acc, p) => acc + ore(p.innbetaltBeloep), 0);
      expect(ore(t.sumUplasserteInnbetalinger)).toBe(unplaced);
      expect(ore(t.saldo)).toBe(
        ore(t.sumForfalteKrav) + ore(t.sumIkkeForfalteKrav) + ore(t.sumStipulerteRenter) - unplaced,
      );
      const groups = body.oversiktPerKravgruppe.reduce((acc, g) => acc + ore(g.saldo), 0);
      expect(groups - unplaced).toBe(ore(t.saldo));
      if (ORGS_WITHOUT_OPEN_CLAIMS.has(org.orgno)) {
        expect(open).toEqual([]);
        expect(t.saldo).toBe(0);
      } else {
        expect(open.length, org.orgno).toBeGreaterThan(0);
      }
    }
    expect(ORGS_WITHOUT_OPEN_CLAIMS.has(CLEAN_CUSTOMER)).toBe(true);
  });

  it("keeps a claim's identity as the days pass", () => {
    const org = findOrg(CUSTOMER)!;
    const today = osloToday(sim.now());
    const now = new Map(claimsOf(org, today).map((c) => [c.key, c]));
    const later = claimsOf(org, today + 45);
    const common = later.filter((c) => now.has(c.key));
    expect(common.length).toBeGreaterThan(5);
    for (const c of common) {
      expect(c.kravidentifikator).toBe(now.get(c.key)!.kravidentifikator);
      expect(c.amountOre).toBe(now.get(c.key)!.amountOre);
    }
  });
});

describe("Krav og betalinger: krav in a period", () => {
  const q = (from: string, to: string) => `?fraOgMed=${from}&tilOgMed=${to}`;
  const year = new Date().getUTCFullYear();

  it("lists the claims due in the period, paid ones too", async () => {
    const { token } = await tokenFor(CUSTOMER);
    const from = `${year - 1}-01-01`;
    const to = `${year}-01-01`;
    const res = await call(sim, "GET", kravPath(CUSTOMER, "krav", q(from, to)), { bearer: token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { partIdentifikator: string; periode: unknown; krav: Claim[] };
    expect(body.periode).toEqual({ fraOgMed: from, tilOgMed: to });
    expect(body.krav.length).toBeGreaterThan(3);
    for (const k of body.krav) {
      const d = k.kravforfall[0]!.forfallsdato;
      expect(d >= from && d <= to).toBe(true);
    }
    expect(body.krav.some((k) => k.gjenstaaendeBeloep === 0)).toBe(true);
  });

  it("refuses a missing, invalid, reversed or longer-than-a-year period with 400 KB-006", async () => {
    const { token } = await tokenFor(CUSTOMER);
    for (const query of [
      "",
      `?fraOgMed=${year - 1}-01-01`,
      q(`${year - 1}-02-30`, `${year - 1}-03-01`),
      q(`${year - 1}/01/01`, `${year - 1}-03-01`),
      q(`${year - 1}-06-01`, `${year - 1}-05-01`),
      q(`${year - 1}-01-01`, `${year}-01-02`),
    ]) {
      await expectError(
        await call(sim, "GET", kravPath(CUSTOMER, "krav", query), { bearer: token }),
        400,
        "KB-006",
      );
    }
  });

  it("answers 404 KB-007 when nothing is due in the period", async () => {
    const { token } = await tokenFor(CUSTOMER);
    await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "krav", q("2001-01-01", "2001-12-31")), { bearer: token }),
      404,
      "KB-007",
    );
  });
});
