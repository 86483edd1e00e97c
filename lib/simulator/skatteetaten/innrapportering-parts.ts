import { randomBytes } from "node:crypto";
import type { Sim } from "../sim";
import { osloToday, partsOfDay } from "./dates";
import type { InnrapporteringCodes } from "./errors";
import type { PathProblem } from "./innrapportering";

/** Pieces several innrapportering APIs' rules use: the income year in the path, and the receipt's ids. */

/** `firstYear` up to last year by the simulator's clock: the years a delivery can be made for (x_1027). */
export function checkIncomeYear(
  sim: Sim,
  codes: InnrapporteringCodes,
  text: string,
  firstYear: number,
): PathProblem | null {
  const last = partsOfDay(osloToday(sim.now())).year - 1;
  const problem = {
    kode: codes.spec.incomeYear,
    melding: `Inntektsår er ikke støttet. Støttede inntektsår er ${firstYear}–${last}.`,
    sti: "inntektsaar",
    value: text,
  };
  if (!/^\d{4}$/.test(text)) return problem;
  const value = Number(text);
  return value >= firstYear && value <= last ? null : problem;
}

/** A route of one path segment, the income year: `/v1/{inntektsaar}`. */
export function yearRoute(rest: string[]): { year: string } | null {
  return rest.length === 1 ? { year: rest[0]! } : null;
}

/** Dialogporten's ids are UUIDv7 (time-ordered), as in Skatteetaten's example receipt. */
export function uuidV7(epochMs: number): string {
  const b = randomBytes(16);
  const ms = BigInt(Math.max(0, Math.floor(epochMs)));
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = b.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
