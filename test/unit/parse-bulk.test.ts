import { describe, expect, it } from "vitest";
import { MAX_BULK_CHARS, MAX_BULK_ORGNOS, parseBulkOrgnos } from "@/lib/customers/parse-bulk";
import { customersBulk } from "@/lib/i18n/messages/customers-bulk";
import { orgnoCheckDigit } from "@/lib/mod11";

/** The n-th valid org number from a fixed start, skipping prefixes MOD11 has no check digit for. */
function validOrgnos(count: number): string[] {
  const out: string[] = [];
  for (let n = 31_000_000; out.length < count; n++) {
    const first8 = String(n);
    const digit = orgnoCheckDigit(first8);
    if (digit !== null) out.push(first8 + digit);
  }
  return out;
}

describe("parseBulkOrgnos", () => {
  it("accepts newlines, commas, semicolons, tabs and space-grouped numbers", () => {
    const [other] = validOrgnos(1);
    const r = parseBulkOrgnos(`974761076\n974 761 076, ${other};\t\n\n  974.761.076  `);
    expect(r.errors).toEqual([]);
    expect(r.orgnos).toEqual(["974761076", other]);
  });

  it("reports each bad entry with its line number and reason", () => {
    const r = parseBulkOrgnos(["974761076", "97476107", "974761077", "abc", "12345678901"].join("\n"));
    expect(r.orgnos).toEqual(["974761076"]);
    expect(r.errors).toEqual([
      { line: 2, text: "97476107", reason: "wrongLength" },
      { line: 3, text: "974761077", reason: "checkDigit" },
      { line: 4, text: "abc", reason: "notDigits" },
      { line: 5, text: "12345678901", reason: "wrongLength" },
    ]);
  });

  it("merges duplicates and says on which lines they were", () => {
    const r = parseBulkOrgnos("974761076\n974 761 076\r\n974761076");
    expect(r.orgnos).toEqual(["974761076"]);
    expect(r.duplicates).toEqual([{ orgno: "974761076", lines: [1, 2, 3] }]);
  });

  it("takes several whole numbers separated by spaces on one line as several numbers", () => {
    const [a, b] = validOrgnos(2);
    expect(parseBulkOrgnos(`${a} ${b}`).orgnos).toEqual([a, b]);
  });

  it("parses 1,000 lines quickly and refuses more than the cap by line", () => {
    const numbers = validOrgnos(MAX_BULK_ORGNOS + 2);
    const started = performance.now();
    const r = parseBulkOrgnos(numbers.join("\n"));
    expect(performance.now() - started).toBeLessThan(200);
    expect(r.orgnos).toHaveLength(MAX_BULK_ORGNOS);
    expect(r.errors).toEqual([
      { line: 1001, text: numbers[1000], reason: "tooMany" },
      { line: 1002, text: numbers[1001], reason: "tooMany" },
    ]);
  });

  it("does not read text longer than the limit", () => {
    expect(parseBulkOrgnos("9".repeat(MAX_BULK_CHARS + 1))).toMatchObject({ tooLong: true, orgnos: [] });
  });

  it("has a text in both languages for every reason", () => {
    for (const reason of ["notDigits", "wrongLength", "checkDigit", "tooMany"] as const) {
      expect(customersBulk.nb.reasons[reason]).toContain("{line}");
      expect(customersBulk.en.reasons[reason]).toContain("{line}");
    }
  });
});
