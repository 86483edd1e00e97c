import { isValidOrgno } from "../mod11";

/**
 * The pure part of "paste many customers at once" (issue 9, item 5): turns pasted text into distinct,
 * MOD11-checked organisation numbers and a list of what could not be used, by line, so the form can point at
 * the line to fix. Numbers may be separated by newlines, commas, semicolons or tabs; within one entry, spaces
 * and dots are group separators ("974 761 076", "974.761.076") as people copy them from Brønnøysund's pages
 * and letters. An entry of several whole 9-digit numbers separated by spaces is taken as that many numbers.
 */

/** More customers than this in one paste are refused rather than sent as hundreds of requests by accident. */
export const MAX_BULK_ORGNOS = 1000;
/** Longer text than this is not a list of org numbers; refusing it early keeps the parser's work bounded. */
export const MAX_BULK_CHARS = 100_000;

/** i18n keys in lib/i18n/messages/customers-bulk.ts (`reasons`). */
export type BulkLineReason = "notDigits" | "wrongLength" | "checkDigit" | "tooMany";

export interface BulkLineError {
  /** 1-based, as an editor shows it. */
  line: number;
  /** The entry as pasted (trimmed, cut to 40 characters). */
  text: string;
  reason: BulkLineReason;
}

export interface BulkParseResult {
  /** Distinct valid numbers in the order first pasted. */
  orgnos: string[];
  errors: BulkLineError[];
  /** Numbers pasted more than once, with every line they were on; merged into one customer each. */
  duplicates: { orgno: string; lines: number[] }[];
  /** The text was longer than MAX_BULK_CHARS and was not read at all. */
  tooLong: boolean;
}

const ENTRY_SEPARATORS = /[,;\t]/;

export function parseBulkOrgnos(text: string): BulkParseResult {
  const result: BulkParseResult = { orgnos: [], errors: [], duplicates: [], tooLong: false };
  if (text.length > MAX_BULK_CHARS) return { ...result, tooLong: true };

  const firstLine = new Map<string, number[]>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    for (const entry of raw.split(ENTRY_SEPARATORS)) {
      const trimmed = entry.trim();
      if (!trimmed) continue;
      const candidates = candidatesOf(trimmed);
      if ("reason" in candidates) {
        result.errors.push({ line, text: trimmed.slice(0, 40), reason: candidates.reason });
        continue;
      }
      for (const orgno of candidates.orgnos) {
        if (!isValidOrgno(orgno)) {
          result.errors.push({ line, text: orgno, reason: "checkDigit" });
          continue;
        }
        const seen = firstLine.get(orgno);
        if (seen) {
          seen.push(line);
          continue;
        }
        if (result.orgnos.length >= MAX_BULK_ORGNOS) {
          result.errors.push({ line, text: orgno, reason: "tooMany" });
          continue;
        }
        firstLine.set(orgno, [line]);
        result.orgnos.push(orgno);
      }
    }
  });
  for (const [orgno, seenOn] of firstLine)
    if (seenOn.length > 1) result.duplicates.push({ orgno, lines: seenOn });
  return result;
}

function candidatesOf(entry: string): { orgnos: string[] } | { reason: BulkLineReason } {
  const compact = entry.replace(/[\s.]/g, "");
  if (/^\d{9}$/.test(compact)) return { orgnos: [compact] };
  const parts = entry.split(/\s+/);
  if (parts.length > 1 && parts.every((p) => /^\d{9}$/.test(p))) return { orgnos: parts };
  if (!/^\d+$/.test(compact)) return { reason: "notDigits" };
  return { reason: "wrongLength" };
}
