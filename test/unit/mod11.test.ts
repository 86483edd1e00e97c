import { describe, expect, it } from "vitest";
import { isValidOrgno, normaliseOrgno, orgnoCheckDigit } from "@/lib/mod11";

describe("MOD11 organisation numbers", () => {
  it("accepts the documented synthetic and real organisations", () => {
    for (const n of ["974761076", "313367002", "310702641", "314248295", "310904473", "991825827"]) {
      expect(isValidOrgno(n), n).toBe(true);
    }
  });
  it("rejects a wrong check digit, wrong length and non-digits", () => {
    expect(isValidOrgno("974761077")).toBe(false);
    expect(isValidOrgno("97476107")).toBe(false);
    expect(isValidOrgno("9747610760")).toBe(false);
    expect(isValidOrgno("97476107a")).toBe(false);
  });
  it("has no check digit when the remainder gives 10", () => {
    // 3*1+2*0+7*0+6*0+5*0+4*0+3*0+2*0 = 3 → 11-3 = 8; find a prefix that gives remainder 1 → digit 10
    const prefixes = Array.from({ length: 200 }, (_, i) => String(10000000 + i));
    expect(prefixes.some((p) => orgnoCheckDigit(p) === null)).toBe(true);
  });
  it("normalises spaces (also no-break spaces) away and nothing else", () => {
    expect(normaliseOrgno("974 761 076")).toBe("974761076");
    expect(normaliseOrgno(" 974\u00a0761\u00a0076\t")).toBe("974761076");
    expect(normaliseOrgno("974.761.076")).toBe("974.761.076");
    expect(isValidOrgno(normaliseOrgno("974 761 076"))).toBe(true);
  });
});
