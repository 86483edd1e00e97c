import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/errors";
import { maskinportenCatalog } from "@/lib/errors/catalog/maskinporten";

/**
 * Every MP id of the simulated Maskinporten's error table (/work/notes/mp-errors.md, mirrored here so the
 * test runs without it) and the two id-less OAuth errors have a diagnosis in both languages.
 */
const MP_ERRORS_MD = "/work/notes/mp-errors.md";
const TABLE_IDS = [
  "MP-011",
  "MP-012",
  "MP-100",
  "MP-110",
  "MP-120",
  "MP-121",
  "MP-123",
  "MP-124",
  "MP-130",
  "MP-200",
  "MP-250",
  "MP-301",
  "MP-302",
  "MP-303",
];
const OAUTH_ERRORS = ["unsupported_grant_type", "invalid_altinn_customer_configuration"];

function idsInTable(): string[] {
  if (!existsSync(MP_ERRORS_MD)) return TABLE_IDS;
  return [...new Set(readFileSync(MP_ERRORS_MD, "utf8").match(/MP-\d{3}/g) ?? [])].sort();
}

describe("Maskinporten error doctor catalog", () => {
  it("covers every MP id of the error table (and the mirror is up to date)", () => {
    const ids = idsInTable();
    expect(ids).toEqual(expect.arrayContaining(TABLE_IDS));
    for (const id of [...ids, ...OAUTH_ERRORS]) expect(maskinportenCatalog, id).toHaveProperty([id]);
  });

  it("has title, cause and fix in bokmål and English for every entry", () => {
    for (const [code, entry] of Object.entries(maskinportenCatalog)) {
      for (const part of [entry.title, entry.cause, entry.fix]) {
        expect(part.nb.trim(), `${code} nb`).not.toBe("");
        expect(part.en.trim(), `${code} en`).not.toBe("");
        expect(part.nb, `${code} is translated`).not.toBe(part.en);
      }
    }
  });

  it("files a token error under the MP id at the end of error_description", () => {
    const base = {
      service: "maskinporten" as const,
      kind: "http" as const,
      method: "POST",
      url: "http://sim.test/sim/maskinporten/token",
      status: 400,
    };
    const d = diagnose(
      {
        ...base,
        error: "invalid_grant",
        description: "Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)",
      },
      "nb",
    );
    expect(d.code).toBe("MP-110");
    expect(d.title).toBe(maskinportenCatalog["MP-110"]!.title.nb);
    expect(d.technical?.description).toContain("MP-110");
    const e = diagnose(
      { ...base, error: "unsupported_grant_type", description: "Unsupported grant_type" },
      "en",
    );
    expect(e.code).toBe("unsupported_grant_type");
    expect(e.fix).toMatch(/jwt-bearer/);
    const f = diagnose(
      {
        ...base,
        error: "invalid_altinn_customer_configuration",
        description: "Could not find a system user",
      },
      "en",
    );
    expect(f.code).toBe("invalid_altinn_customer_configuration");
  });

  it("names the bruksvilkår and servicedesk where they are the fix", () => {
    expect(maskinportenCatalog["MP-250"]!.fix.nb).toMatch(/servicedesk@altinn\.no/);
    expect(maskinportenCatalog["MP-130"]!.cause.en).toMatch(/10 seconds/);
  });
});
