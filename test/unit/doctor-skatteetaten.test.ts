import { LOCALES } from "@/lib/i18n/types";
import { describe, expect, it } from "vitest";
import { diagnose, diagnoseValidation } from "@/lib/errors";
import { skatteetatenCatalog } from "@/lib/errors/catalog/skatteetaten";
import type { ServiceErrorInit } from "@/lib/http/service-error";

// Every code of contracts §3.1–3.4.
const KB = Array.from({ length: 9 }, (_, i) => `KB-00${i + 1}`);
const DAS = Array.from({ length: 8 }, (_, i) => `DAS-00${i + 1}`);
const GLD = [
  "GLD_001",
  "GLD_005",
  "GLD_006",
  "GLD_008",
  "GLD_010",
  "GLD_011",
  "GLD_017",
  "GLD_019",
  "GLD_021",
  "GLD_022",
];
const GLD_SPEC = ["GLD_1022", "GLD_1023", "GLD_1027", "GLD_1028", "GLD_1030", "GLD_1047"];

function err(code: string | undefined, status: number): ServiceErrorInit {
  return {
    service: "skatteetaten",
    kind: "http",
    method: "GET",
    url: "https://x/v1/regnskapssystem/1/aapnekrav",
    status,
    code,
    correlationId: "c-1",
  };
}

describe("Skatteetaten error doctor", () => {
  it("knows every documented code, with cause and fix in every language", () => {
    for (const code of [...KB, ...DAS, ...GLD, ...GLD_SPEC]) {
      const entry = skatteetatenCatalog[code];
      expect(entry, code).toBeDefined();
      for (const locale of LOCALES) {
        expect(entry!.title[locale].length, `${code} ${locale}`).toBeGreaterThan(3);
        expect(entry!.cause[locale].length, `${code} ${locale}`).toBeGreaterThan(10);
        expect(entry!.fix[locale].length, `${code} ${locale}`).toBeGreaterThan(5);
      }
    }
  });

  it("explains 401 as the token and 403 as the rights", () => {
    const unauth = diagnose(err("KB-004", 401), "en");
    expect(unauth.code).toBe("KB-004");
    expect(unauth.cause).toMatch(/401/);
    expect(unauth.cause).toMatch(/expired/);
    expect(unauth.retryable).toBe(true);
    for (const code of ["DAS-008", "KB-005", "GLD_005"]) {
      const d = diagnose(err(code, 403), "nb");
      expect(d.cause, code).toMatch(/^403/);
      expect(d.fix, code).toMatch(/rights/);
      expect(d.retryable).toBe(false);
    }
  });

  it("keeps the correlation id for the technical details", () => {
    expect(diagnose(err("DAS-008", 403), "nb").technical?.correlationId).toBe("c-1");
  });

  it("explains the specification codes of a GLD validation error", () => {
    const ds = diagnoseValidation(
      { ...err("GLD_010", 400), validationErrors: [{ code: "GLD_1027", title: "x", paths: ["/a"] }] },
      "en",
    );
    expect(ds[0]?.title).toMatch(/Income year/);
  });
});
