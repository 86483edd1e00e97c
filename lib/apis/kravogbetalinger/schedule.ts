import { createHash } from "node:crypto";
import type { SyntheticOrg } from "@/lib/simulator/orgs";
import { dayFromParts, nextWeekday, partsOfDay } from "@/lib/simulator/skatteetaten/dates";

/**
 * Which claims a synthetic organisation has, on the real calendar: value added tax per two-month term,
 * employer's contribution and withholding tax every other month, advance tax and residual tax per year.
 * Everything is derived from a hash of the org number and the claim's own key, so a claim keeps its
 * identifier, amount and due date whenever it is asked for, and new ones appear as time passes.
 */
export interface ClaimKind {
  kravtype: string;
  kravbeskrivelse: string;
  kravgruppe: string;
  /** Amount range in whole kroner before the organisation's size factor. */
  min: number;
  max: number;
  /** Days between the claim being created and its due date. */
  leadDays: number;
}

export const CLAIM_KINDS = {
  mva: {
    kravtype: "MERVERDIAVGIFT",
    kravbeskrivelse: "Merverdiavgift",
    kravgruppe: "Merverdiavgift",
    min: 4_000,
    max: 90_000,
    leadDays: 30,
  },
  aga: {
    kravtype: "ARBEIDSGIVERAVGIFT",
    kravbeskrivelse: "Arbeidsgiveravgift",
    kravgruppe: "Arbeidsgiveravgift",
    min: 6_000,
    max: 45_000,
    leadDays: 40,
  },
  trekk: {
    kravtype: "FORSKUDDSTREKK",
    kravbeskrivelse: "Forskuddstrekk",
    kravgruppe: "Forskuddstrekk",
    min: 10_000,
    max: 80_000,
    leadDays: 40,
  },
  forskudd: {
    kravtype: "FORSKUDDSSKATT",
    kravbeskrivelse: "Forskuddsskatt",
    kravgruppe: "Skatt",
    min: 8_000,
    max: 120_000,
    leadDays: 90,
  },
  rest: {
    kravtype: "RESTSKATT",
    kravbeskrivelse: "Restskatt",
    kravgruppe: "Skatt",
    min: 2_000,
    max: 60_000,
    leadDays: 21,
  },
} as const satisfies Record<string, ClaimKind>;

export interface ScheduledClaim {
  kind: ClaimKind;
  /** Stable key the claim's identifiers and amounts derive from. */
  key: string;
  kravperiode: string;
  dueDay: number;
  createdDay: number;
  amountOre: number;
}

/** A number in [0, 1) fixed by the parts. */
export function unit(...parts: string[]): number {
  return hashBytes(parts).readUInt32BE(0) / 2 ** 32;
}

export function hashDigits(length: number, ...parts: string[]): string {
  const n = hashBytes(parts).readBigUInt64BE(0).toString().padStart(20, "0");
  return n.slice(-length);
}

/** A uuid-shaped identifier fixed by the parts (version nibble 4, RFC 4122 variant). */
export function hashUuid(...parts: string[]): string {
  const h = hashBytes(parts).subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x40;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function hashBytes(parts: string[]): Buffer {
  return createHash("sha256")
    .update(`ske-sim|${parts.join("|")}`)
    .digest();
}

interface DueDate {
  month: number;
  day: number;
  /** Label of the period the claim is for, given the due date's year. */
  period: (year: number) => string;
}

const pad = (n: number) => String(n).padStart(2, "0");

// Tomånedlig mva: terms end in Feb, Apr, Jun, Aug, Oct, Dec; due 10 Apr, 10 Jun, 31 Aug, 10 Oct, 10 Dec, 10 Feb.
const MVA_DUE: DueDate[] = [
  { month: 2, day: 10, period: (y) => `${y - 1}/12` },
  { month: 4, day: 10, period: (y) => `${y}/02` },
  { month: 6, day: 10, period: (y) => `${y}/04` },
  { month: 8, day: 31, period: (y) => `${y}/06` },
  { month: 10, day: 10, period: (y) => `${y}/08` },
  { month: 12, day: 10, period: (y) => `${y}/10` },
];
// Arbeidsgiveravgift and forskuddstrekk: due the 15th of the month after each two-month term.
const BIMONTHLY_DUE: DueDate[] = [1, 3, 5, 7, 9, 11].map((month) => ({
  month,
  day: 15,
  period: (y: number) => (month === 1 ? `${y - 1}/12` : `${y}/${pad(month - 1)}`),
}));
const FORSKUDD_AS: DueDate[] = [2, 4].map((month) => ({ month, day: 15, period: (y: number) => `${y - 1}` }));
const FORSKUDD_ENK: DueDate[] = [3, 5, 9, 11].map((month) => ({
  month,
  day: 15,
  period: (y: number) => `${y}`,
}));
const REST_AS: DueDate[] = [{ month: 11, day: 20, period: (y) => `${y - 1}` }];
const REST_ENK: DueDate[] = [{ month: 8, day: 20, period: (y) => `${y - 1}` }];

interface Plan {
  kind: ClaimKind;
  dates: DueDate[];
  /** Share of the possible occurrences that give a claim (residual tax is not every year). */
  share: number;
}

/** Organisations listed with claims in Skatteetaten's own test data get every kind of claim their form can have. */
const FULL_PROFILE: ReadonlySet<string> = new Set(["313367002"]);

function plansFor(org: SyntheticOrg): Plan[] {
  const has = (what: string, p: number) =>
    FULL_PROFILE.has(org.orgno) || unit(org.orgno, "profile", what) < p;
  const plans: Plan[] = [];
  switch (org.organisationForm) {
    case "AS":
      if (has("mva", 0.85)) plans.push({ kind: CLAIM_KINDS.mva, dates: MVA_DUE, share: 1 });
      if (has("ansatte", 0.75)) {
        plans.push({ kind: CLAIM_KINDS.aga, dates: BIMONTHLY_DUE, share: 1 });
        plans.push({ kind: CLAIM_KINDS.trekk, dates: BIMONTHLY_DUE, share: 1 });
      }
      plans.push({ kind: CLAIM_KINDS.forskudd, dates: FORSKUDD_AS, share: 1 });
      plans.push({ kind: CLAIM_KINDS.rest, dates: REST_AS, share: 0.5 });
      break;
    case "ENK":
      if (has("mva", 0.7)) plans.push({ kind: CLAIM_KINDS.mva, dates: MVA_DUE, share: 1 });
      plans.push({ kind: CLAIM_KINDS.forskudd, dates: FORSKUDD_ENK, share: 1 });
      plans.push({ kind: CLAIM_KINDS.rest, dates: REST_ENK, share: 0.5 });
      break;
    case "BRL":
      // A housing cooperative pays little tax; a caretaker on the payroll gives employer's claims.
      plans.push({ kind: CLAIM_KINDS.aga, dates: BIMONTHLY_DUE, share: 1 });
      plans.push({ kind: CLAIM_KINDS.trekk, dates: BIMONTHLY_DUE, share: 1 });
      break;
    case "ORGL":
      break;
  }
  return plans;
}

/** Claims created on or before `today` with a due date in the last three years or the coming weeks. */
export function scheduledClaims(org: SyntheticOrg, today: number): ScheduledClaim[] {
  const size = 0.5 + 1.5 * unit(org.orgno, "size");
  const { year } = partsOfDay(today);
  const out: ScheduledClaim[] = [];
  for (const plan of plansFor(org)) {
    for (let y = year - 3; y <= year + 1; y++) {
      for (const due of plan.dates) {
        const dueDay = nextWeekday(dayFromParts(y, due.month, due.day));
        const createdDay = dueDay - plan.kind.leadDays;
        if (createdDay > today || dueDay < today - 3 * 365) continue;
        const key = `${plan.kind.kravtype}|${y}-${pad(due.month)}`;
        if (plan.share < 1 && unit(org.orgno, key, "occurs") >= plan.share) continue;
        const kroner = plan.kind.min + (plan.kind.max - plan.kind.min) * unit(org.orgno, key, "amount");
        out.push({
          kind: plan.kind,
          key,
          kravperiode: due.period(y),
          dueDay,
          createdDay,
          amountOre: Math.round(kroner * size) * 100,
        });
      }
    }
  }
  return out.sort((a, b) => a.dueDay - b.dueDay || a.key.localeCompare(b.key));
}
