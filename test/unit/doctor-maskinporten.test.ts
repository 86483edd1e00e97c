import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/errors";
import { maskinportenCatalog } from "@/lib/errors/catalog/maskinporten";

/**
 * Every MP id of Maskinporten's error table and of the simulator's /token rules (docs/contracts.md §1.8 and
 * §1.9) and the two id-less OAuth errors have a diagnosis in both languages; and the §1.9 table names every
 * MP id the simulated /token can answer, so the doc follows the code.
 */
const ROOT = path.resolve(__dirname, "../..");
const OAUTH_ERRORS = ["unsupported_grant_type", "invalid_altinn_customer_configuration"];

/** The text of one "### N.N" section of docs/contracts.md. */
function contractsSection(n: string): string {
  const doc = readFileSync(path.join(ROOT, "docs/contracts.md"), "utf8");
  const start = doc.search(new RegExp(`^### ${n.replace(".", "\\.")}\\s`, "m"));
  expect(start, `docs/contracts.md has a section ${n}`).toBeGreaterThanOrEqual(0);
  const rest = doc.slice(start + 4);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const mpIds = (text: string) => [...new Set(text.match(/MP-\d{3}/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("Maskinporten error doctor catalog", () => {
  it("covers every MP id of Digdir's error table and of the simulator's rules (contracts §1.8, §1.9)", () => {
    const ids = mpIds(contractsSection("1.8") + contractsSection("1.9"));
    expect(ids.length).toBeGreaterThanOrEqual(14);
    for (const id of [...ids, ...OAUTH_ERRORS]) expect(maskinportenCatalog, id).toHaveProperty([id]);
  });

  it("lists in contracts §1.9 every MP id the simulated /token answers", () => {
    const files = sourceFiles(path.join(ROOT, "lib/simulator/maskinporten"));
    const answered = mpIds(files.map((f) => readFileSync(f, "utf8")).join("\n"));
    expect(answered.length).toBeGreaterThan(0);
    expect(mpIds(contractsSection("1.9"))).toEqual(answered);
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

  it("names Altinn's terms for end-user system vendors and the registration form where they are the fix", () => {
    expect(maskinportenCatalog["MP-250"]!.fix.nb).toMatch(
      /Bruksvilkår for sluttbrukersystemleverandører i Altinn/,
    );
    expect(maskinportenCatalog["MP-250"]!.fix.en).toMatch(/registration form for end-user system vendors/);
    expect(maskinportenCatalog["MP-250"]!.fix.en).toMatch(/"system user" ticked/);
    // The service desk only loads a real vendor into TT02 (contracts-more §5); it no longer hands out scopes.
    expect(maskinportenCatalog["MP-250"]!.fix.nb).not.toMatch(/servicedesk/);
    expect(maskinportenCatalog["MP-130"]!.cause.en).toMatch(/10 seconds/);
  });
});
