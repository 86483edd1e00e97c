import type { SyntheticOrg } from "@/lib/simulator/orgs";
import { formatDay, partsOfDay, dayFromParts } from "@/lib/simulator/skatteetaten/dates";
import { hashDigits, hashUuid, scheduledClaims, unit, type ScheduledClaim } from "./schedule";

/**
 * Krav og betalinger data for a synthetic organisation (contracts §3.4, SKE:api/kravogbetalinger.md):
 * its claims with what is left to pay and the interest accrued on overdue ones, unplaced payments, and the
 * totals. Amounts are kept in øre and summed before turning into kroner, so the totals add up exactly:
 *   saldo = sumForfalteKrav + sumIkkeForfalteKrav + sumStipulerteRenter − sumUplasserteInnbetalinger
 * and per claim group: saldo = forfalte + ikke forfalte + renter.
 */

/** Customers with a clean record: no open claims, no unplaced payments (so a demo can show an empty answer). */
export const ORGS_WITHOUT_OPEN_CLAIMS: ReadonlySet<string> = new Set(["314250052"]);

/** Forsinkelsesrente, about the level set for 2024–2025. */
const LATE_INTEREST_RATE = 0.125;
/** Overdue claims older than this are paid (so the open list does not grow forever). */
const MAX_OPEN_AGE_DAYS = 180;

export interface ClaimState extends ScheduledClaim {
  kravidentifikator: string;
  remainingOre: number;
  interestOre: number;
}

const kr = (ore: number) => Math.round(ore) / 100;

function hasCleanRecord(org: SyntheticOrg): boolean {
  return ORGS_WITHOUT_OPEN_CLAIMS.has(org.orgno) || org.organisationForm === "ORGL";
}

/** Every claim of the organisation as it stands on `today`, paid ones included. */
export function claimsOf(org: SyntheticOrg, today: number): ClaimState[] {
  const clean = hasCleanRecord(org);
  const claims = scheduledClaims(org, today)
    // A clean organisation pays before the due date, so its claims appear only once paid.
    .filter((c) => !clean || c.dueDay < today)
    .map((c): ClaimState => {
      const id = `krav-${hashDigits(10, org.orgno, c.key, "id")}`;
      let remaining = c.amountOre;
      if (c.dueDay < today) {
        const unpaid =
          !clean && today - c.dueDay <= MAX_OPEN_AGE_DAYS && unit(org.orgno, c.key, "unpaid") < 0.35;
        if (!unpaid) remaining = 0;
        else if (unit(org.orgno, c.key, "partial") < 0.4) {
          remaining = Math.round((c.amountOre * (0.2 + 0.6 * unit(org.orgno, c.key, "share"))) / 100) * 100;
        }
      }
      return { ...c, kravidentifikator: id, remainingOre: remaining, interestOre: 0 };
    });
  if (!clean && !claims.some((c) => c.remainingOre > 0)) {
    // Every customer but the clean ones has something open: the newest overdue claim stays unpaid.
    const newestOverdue = [...claims].reverse().find((c) => c.dueDay < today);
    if (newestOverdue) newestOverdue.remainingOre = newestOverdue.amountOre;
  }
  for (const c of claims) {
    if (c.remainingOre > 0 && c.dueDay < today) {
      c.interestOre = Math.round((c.remainingOre * LATE_INTEREST_RATE * (today - c.dueDay)) / 365);
    }
  }
  return claims;
}

function claimJson(org: SyntheticOrg, c: ClaimState) {
  return {
    kravidentifikator: c.kravidentifikator,
    kravtype: c.kind.kravtype,
    kravbeskrivelse: c.kind.kravbeskrivelse,
    opprettelsesdatoForKrav: formatDay(c.createdDay),
    kravperiode: c.kravperiode,
    opprinneligBeloep: kr(c.amountOre),
    gjenstaaendeBeloep: kr(c.remainingOre),
    stipulerteRenter: kr(c.interestOre),
    kravforfall: [
      {
        forfallsdato: formatDay(c.dueDay),
        opprinneligBeloep: kr(c.amountOre),
        gjenstaaendeBeloep: kr(c.remainingOre),
        kravforfallsIdentifikator: hashUuid(org.orgno, c.key, "forfall"),
      },
    ],
    kravgruppe: c.kind.kravgruppe,
  };
}

interface UnplacedPayment {
  id: string;
  day: number;
  amountOre: number;
}

/** Some customers have paid in something Skatteetaten has not yet placed against a claim, this month. */
function unplacedPayments(org: SyntheticOrg, today: number): UnplacedPayment[] {
  if (hasCleanRecord(org) || unit(org.orgno, "uplassert") >= 0.4) return [];
  const { year, month, day } = partsOfDay(today);
  const monthKey = `${year}-${month}`;
  const offset = Math.floor(20 * unit(org.orgno, monthKey, "innbetaling-dag"));
  return [
    {
      id: `inn-${hashDigits(10, org.orgno, monthKey, "innbetaling")}`,
      day: dayFromParts(year, month, 1 + Math.min(offset, day - 1)),
      amountOre: Math.round(500 + 7_500 * unit(org.orgno, monthKey, "innbetaling-beloep")) * 100,
    },
  ];
}

/** A Norwegian account number with a valid MOD11 control digit, fixed by the parts. */
function accountNumber(...parts: string[]): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let attempt = 0; ; attempt++) {
    const first10 = `1503${hashDigits(6, ...parts, String(attempt))}`;
    const sum = weights.reduce((acc, w, i) => acc + w * Number(first10[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${first10}${check}`;
  }
}

/** The `aapnekrav` answer: open claims, unplaced payments and the totals. */
export function openClaimsResponse(org: SyntheticOrg, today: number) {
  const open = claimsOf(org, today).filter((c) => c.remainingOre > 0);
  const payments = unplacedPayments(org, today);

  const groups = new Map<string, { renter: number; forfalte: number; ikkeForfalte: number }>();
  for (const c of open) {
    const g = groups.get(c.kind.kravgruppe) ?? { renter: 0, forfalte: 0, ikkeForfalte: 0 };
    g.renter += c.interestOre;
    if (c.dueDay < today) g.forfalte += c.remainingOre;
    else g.ikkeForfalte += c.remainingOre;
    groups.set(c.kind.kravgruppe, g);
  }
  const sum = (f: (g: { renter: number; forfalte: number; ikkeForfalte: number }) => number) =>
    [...groups.values()].reduce((acc, g) => acc + f(g), 0);
  const renter = sum((g) => g.renter);
  const forfalte = sum((g) => g.forfalte);
  const ikkeForfalte = sum((g) => g.ikkeForfalte);
  const uplassert = payments.reduce((acc, p) => acc + p.amountOre, 0);

  return {
    partIdentifikator: org.orgno,
    skjermet: false,
    aapentKravMedGjenstaaendeBeloep: open.map((c) => claimJson(org, c)),
    innbetalingMedUplassertBeloep: payments.map((p) => ({
      partIdentifikator: org.orgno,
      innbetalingsidentifikator: p.id,
      innbetalingsdato: formatDay(p.day),
      innbetaltBeloep: kr(p.amountOre),
      plassertInnbetalingMotKrav: [],
      betaltTilKonto: { kontonummer: accountNumber("skatteetaten", org.municipality) },
      betaltFra: { konto: { kontoeiersNavn: org.name, kontonummer: accountNumber(org.orgno, "konto") } },
      innbetalingstype: "bankoverføring",
    })),
    totalOversikt: {
      sumStipulerteRenter: kr(renter),
      sumForfalteKrav: kr(forfalte),
      sumIkkeForfalteKrav: kr(ikkeForfalte),
      sumUplasserteInnbetalinger: kr(uplassert),
      saldo: kr(forfalte + ikkeForfalte + renter - uplassert),
    },
    oversiktPerKravgruppe: [...groups.entries()].map(([kravgruppe, g]) => ({
      kravgruppe,
      sumStipulerteRenter: kr(g.renter),
      sumForfalteKrav: kr(g.forfalte),
      sumIkkeForfalteKrav: kr(g.ikkeForfalte),
      saldo: kr(g.forfalte + g.ikkeForfalte + g.renter),
    })),
  };
}

/** Claims due within the period (both ends included), paid ones too; null when there are none (KB-007). */
export function claimsInPeriodResponse(org: SyntheticOrg, today: number, from: number, to: number) {
  const claims = claimsOf(org, today).filter((c) => c.dueDay >= from && c.dueDay <= to);
  if (claims.length === 0) return null;
  return {
    partIdentifikator: org.orgno,
    periode: { fraOgMed: formatDay(from), tilOgMed: formatDay(to) },
    krav: claims.map((c) => claimJson(org, c)),
  };
}
