import type { z } from "zod";
import { GLD, type Spesifisering } from "./errors";

/**
 * What the innrapportering schemas share (contracts §3.2, contracts-more §4.3): zod issues become Skatteetaten's
 * `spesifisering` entries `{kode, melding, sti, angittVerdi}` with `sti` separated by "/", Norwegian texts for
 * zod's own issues, and a depth guard run before any recursive walk. `kode` is the API family's payload code
 * (GLD_010, AMLD_010).
 */
export const MAX_SPECIFICATIONS = 50;
/** The model is six levels deep; anything far deeper is refused before any recursive walk over it. */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit` (checked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
export function spec(kode: string, melding: string, sti: PropertyKey[], value?: unknown): Spesifisering {
  const out: Spesifisering = { kode, melding, sti: sti.map(String).join("/") };
  const shown = showValue(value);
  if (shown !== undefined) out.angittVerdi = shown;
  return out;
}

function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

export function fromIssue(issue: z.core.$ZodIssue, kode: string = GLD.payload.kode): Spesifisering[] {
  // Unknown fields are reported one by one, each with its own path.
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => spec(kode, `Ukjent felt «${k}».`, [...issue.path, k]));
  }
  return [spec(kode, issue.message, issue.path, issue.input)];
}

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  number: "tall",
  int: "heltall",
  boolean: "sann/usann",
  object: "objekt",
  array: "liste",
};

/** Norwegian texts for zod's own issues; the schema's custom messages take precedence over these. */
export function norwegian(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Feltet mangler."
        : `Feil datatype: forventet ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case "too_small":
      if (issue.origin === "array") return `Må ha minst ${String(issue.minimum)} element.`;
      if (issue.origin === "string") return `Må ha minst ${String(issue.minimum)} tegn.`;
      return `Må være minst ${String(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "array") return `Kan ha maks ${String(issue.maximum)} elementer.`;
      if (issue.origin === "string") return `Kan ha maks ${String(issue.maximum)} tegn.`;
      return `Kan være maks ${String(issue.maximum)}.`;
    case "invalid_value":
      return `Ugyldig verdi. Gyldige verdier: ${issue.values.map(String).join(", ")}.`;
    case "invalid_format":
      return "Ugyldig format.";
    default:
      return "Ugyldig verdi.";
  }
}

/** Parses with Norwegian messages; a failure becomes at most MAX_SPECIFICATIONS entries with `kode`. */
export function parseMelding<T extends z.ZodType>(
  schema: T,
  body: unknown,
  kode: string,
): { ok: true; value: z.infer<T> } | { ok: false; spesifisering: Spesifisering[] } {
  const parsed = schema.safeParse(body, { reportInput: true, error: norwegian });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    spesifisering: parsed.error.issues.slice(0, MAX_SPECIFICATIONS).flatMap((i) => fromIssue(i, kode)),
  };
}
