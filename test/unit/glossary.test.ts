import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY, glossaryPageTexts, isTermId, TERM_IDS, type GlossaryLanguage } from "@/lib/glossary";
import { TERM_FORMS, termPattern } from "@/lib/glossary-match";
import { LOCALES } from "@/lib/i18n/types";

const ROOT = join(__dirname, "..", "..");
const LANGUAGES: readonly GlossaryLanguage[] = ["nb", "nn", "en"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mts)$/.test(name) ? [path] : [];
  });
}

describe("glossary", () => {
  it("has a term and an explanation in every language, the interface's and nynorsk, bokmål and English", () => {
    for (const l of new Set<string>([...LOCALES, ...LANGUAGES])) {
      for (const id of TERM_IDS) {
        const e = GLOSSARY[id];
        expect(e.term[l as GlossaryLanguage]?.trim(), `${id}.term.${l}`).toBeTruthy();
        expect(e.text[l as GlossaryLanguage]?.trim(), `${id}.text.${l}`).toBeTruthy();
        // One or two sentences: short enough for a tooltip.
        expect(e.text[l as GlossaryLanguage].length, `${id}.text.${l}`).toBeLessThan(260);
      }
      expect(Object.keys(glossaryPageTexts[l as GlossaryLanguage] ?? {})).toEqual(
        Object.keys(glossaryPageTexts.nb),
      );
    }
  });

  it("nynorsk is not bokmål copied: most explanations differ", () => {
    const same = TERM_IDS.filter((id) => GLOSSARY[id].text.nn === GLOSSARY[id].text.nb);
    expect(same).toEqual([]);
  });

  it("covers the terms of art the wizard uses", () => {
    for (const id of [
      "kid",
      "jwk",
      "jwks",
      "jwt",
      "jwt-grant",
      "maskinporten",
      "scope",
      "client",
      "client-id",
      "access-token",
      "system-user",
      "standard-system-user",
      "agent-system-user",
      "system-register",
      "access-package",
      "rights",
      "external-ref",
      "confirm-url",
      "redirect-url",
      "daglig-leder",
      "orgno",
      "vendor",
      "customer",
      "change-request",
      "correlation-id",
      "idempotency-key",
      "simulator",
    ]) {
      expect(isTermId(id), id).toBe(true);
    }
  });

  it("every term id used in the code exists, and every term has the words that find it", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((d) => sourceFiles(join(ROOT, d)))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/<Term\s+id="([^"]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/termHref\("([^"]+)"\)/g)) used.add(m[1]!);
    }
    for (const id of used) expect(isTermId(id), `unknown term id "${id}"`).toBe(true);
    for (const id of TERM_IDS) {
      for (const l of LANGUAGES) expect(TERM_FORMS[id][l]?.length, `${id} forms in ${l}`).toBeGreaterThan(0);
    }
  });

  it("finds whole words only, longest first, case-insensitively", () => {
    const find = (text: string, l: string) => {
      const { regex, idOf } = termPattern(l);
      return [...text.matchAll(regex)].map((m) => [m[0], idOf(m[0])]);
    };
    expect(find("Last opp JWKS, ikke JWK.", "nb")).toEqual([
      ["JWKS", "jwks"],
      ["JWK", "jwk"],
    ]);
    expect(find("Lim inn klient-ID-en fra Maskinporten-klienten.", "nb")).toEqual([
      ["klient-ID-en", "client-id"],
      ["Maskinporten-klienten", "client"],
    ]);
    expect(find("kidnapped scopes", "en")).toEqual([["scopes", "scope"]]);
    expect(find("Dagleg leiar godkjenner.", "nn")).toEqual([["Dagleg leiar", "daglig-leder"]]);
  });
});
