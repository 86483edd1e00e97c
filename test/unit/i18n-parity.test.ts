import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/types";

/**
 * Every dictionary has every key in every language. A "dictionary" is any object whose keys are the interface
 * languages (a defineMessages export, a doctor entry's title, an API's label …), found wherever it sits in the
 * modules below. Per dictionary: the same keys in every language (deep), no empty text, and the same {placeholder}
 * names in each language, and no language but English holds an English copy where bokmål differs. The page dictionaries and the doctor catalog are found by listing their folders, so a
 * new file there is checked without touching this test; the texts elsewhere are named in EXPLICIT, and a last test
 * fails when a source file gains texts in several languages without being listed.
 */
const ROOT = process.cwd();

function filesIn(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => pattern.test(f))
    .map((f) => `${dir}/${f}`);
}

/** Modules outside the listed folders whose exports hold texts in every language. */
const EXPLICIT = [
  "lib/apis/index.ts",
  "lib/apis/shared.ts",
  "lib/altinn/access-packages.ts",
  "components/sim/approval-messages.ts",
  "lib/simulator/altinn/resources.ts",
  "lib/maskinporten/tokens.ts",
  "lib/i18n/format.ts",
];

const DISCOVERED = [
  ...filesIn("lib/i18n/messages"),
  ...filesIn("lib/errors/catalog"),
  ...readdirSync(path.join(ROOT, "lib/apis"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => filesIn(`lib/apis/${d.name}`, /^(index|doctor)\.ts$/)),
];

const MODULES = [...new Set([...DISCOVERED, ...EXPLICIT])];

/**
 * Files with an object of nb/nn/en keys that are not interface texts: the system's own name and description,
 * which the vendor types in each of Altinn's languages (Altinn's contract), and the text module itself.
 */
const NOT_DICTIONARIES = new Set([
  "lib/i18n/types.ts",
  "lib/payloads/system-registration.ts",
  "lib/schemas/system.ts",
  "lib/snippets/context.ts",
  "components/system/system-form.tsx",
  "app/(wizard)/system/page.tsx",
]);

type Found = { where: string; value: Record<string, unknown> };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every language-keyed object reachable from `value` (not inside another one: that one is compared whole). */
function findDictionaries(value: unknown, where: string, out: Found[], seen = new Set<unknown>()): Found[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  if (isObject(value) && Object.keys(value).some((k) => (LOCALES as readonly string[]).includes(k))) {
    out.push({ where, value });
    return out;
  }
  for (const [k, v] of Object.entries(value)) findDictionaries(v, `${where}.${k}`, out, seen);
  return out;
}

/** The shape of a value: texts become their placeholder names, so two languages compare equal when they match. */
function shape(value: unknown, where: string, problems: string[]): unknown {
  if (typeof value === "string") {
    if (value.trim() === "") problems.push(`${where}: empty text`);
    // A {name} right after a slash is a path segment in a URL pattern (/v1/{orgnr}), named in each language.
    const names = [...value.matchAll(/(?<!\/)\{(\w+)\}/g)].map((m) => m[1]);
    return `text{${[...new Set(names)].sort().join(",")}}`;
  }
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return value.map((v, i) => shape(v, `${where}[${i}]`, problems));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape(value[k], `${where}.${k}`, problems)]),
    );
  }
  return typeof value;
}

/** Texts in `other` that are copies of English where bokmål is not: a language filled in to satisfy the type. */
function englishCopies(nb: unknown, other: unknown, en: unknown, where: string, out: string[]): string[] {
  if (typeof nb === "string") {
    if (nb !== en && other === en) out.push(`${where}: ${JSON.stringify(other)} is the English text`);
  } else if (typeof nb === "object" && nb !== null && typeof other === "object" && other !== null) {
    for (const k of Object.keys(nb))
      englishCopies(
        (nb as Record<string, unknown>)[k],
        (other as Record<string, unknown>)[k],
        (en as Record<string, unknown> | undefined)?.[k],
        `${where}.${k}`,
        out,
      );
  }
  return out;
}

async function dictionariesOf(file: string): Promise<Found[]> {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  const out: Found[] = [];
  for (const [name, value] of Object.entries(mod)) findDictionaries(value, `${file}:${name}`, out);
  return out;
}

describe("dictionary parity", () => {
  it("finds the page dictionaries, the doctor catalog and the API modules", () => {
    expect(DISCOVERED).toContain("lib/i18n/messages/common.ts");
    expect(DISCOVERED).toContain("lib/errors/catalog/altinn.ts");
    expect(DISCOVERED).toContain("lib/apis/innrapportering-amelding/doctor.ts");
    expect(DISCOVERED.length).toBeGreaterThan(20);
  });

  for (const file of MODULES) {
    it(`${file}: every language has the same keys, no empty text and the same placeholders`, async () => {
      const found = await dictionariesOf(file);
      expect(found.length, `${file} exports no dictionary`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const { where, value } of found) {
        const keys = Object.keys(value).sort();
        if (keys.join() !== [...LOCALES].sort().join()) {
          problems.push(`${where}: languages ${keys.join(", ")}, expected ${LOCALES.join(", ")}`);
          continue;
        }
        const reference = JSON.stringify(shape(value.nb, `${where}.nb`, problems));
        for (const locale of LOCALES.filter((l): l is Exclude<Locale, "nb"> => l !== "nb")) {
          const other = JSON.stringify(shape(value[locale], `${where}.${locale}`, problems));
          if (other !== reference)
            problems.push(`${where}.${locale} differs from nb in keys or placeholders`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("has found every source file that writes texts in several languages", () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
        const p = `${dir}/${d.name}`;
        if (d.isDirectory()) return sources(p);
        return /\.tsx?$/.test(d.name) ? [p] : [];
      });
    const writesTexts = ["lib", "components", "app"]
      .flatMap(sources)
      .filter((f) => /\bnn: /.test(readFileSync(path.join(ROOT, f), "utf8")));
    const unchecked = writesTexts.filter((f) => !MODULES.includes(f) && !NOT_DICTIONARIES.has(f));
    expect(unchecked, "add these to EXPLICIT (or export their texts from a checked module)").toEqual([]);
  });
});

describe("the parity check itself", () => {
  it("notices a missing key, an empty text and a different placeholder", () => {
    const problems: string[] = [];
    const nb = JSON.stringify(shape({ a: "Hei {name}", b: "x" }, "t.nb", problems));
    expect(JSON.stringify(shape({ a: "Hei {navn}", b: "x" }, "t.nn", problems))).not.toBe(nb);
    expect(JSON.stringify(shape({ a: "Hei {name}" }, "t.nn", problems))).not.toBe(nb);
    expect(JSON.stringify(shape({ a: "Hello {name}", b: "y" }, "t.en", problems))).toBe(nb);
    expect(JSON.stringify(shape({ a: "/v1/{orgno} {name}", b: "x" }, "t.en", problems))).toBe(nb);
    shape({ a: " " }, "t.en", problems);
    expect(problems).toEqual(["t.en.a: empty text"]);
    expect(
      englishCopies({ a: "Hei", b: "OK" }, { a: "Hello", b: "OK" }, { a: "Hello", b: "OK" }, "t.nn", []),
    ).toEqual(['t.nn.a: "Hello" is the English text']);
  });
});
