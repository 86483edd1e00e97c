import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The contract facts the code relies on live in docs/: every "contracts §X" (and "contracts-more §X") cited
 * in the code, the tests or the docs themselves names a heading of docs/contracts.md (docs/contracts-more.md),
 * so a citation cannot point at a section nobody wrote or one that was renumbered.
 */
const ROOT = path.resolve(__dirname, "../..");
const DOCS = { contracts: "docs/contracts.md", "contracts-more": "docs/contracts-more.md" } as const;
type Doc = keyof typeof DOCS;
const CODE_DIRS = ["lib", "app", "components", "test", "e2e"];

/** Section numbers of a markdown file's headings: "## 2. Altinn" → "2", "### 2.11 Errors" → "2.11". */
function headings(file: string): Set<string> {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return new Set([...text.matchAll(/^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s/gm)].map((m) => m[1]!));
}

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) return filesUnder(path.join(dir, name));
    return /\.(ts|tsx|mjs|md)$/.test(name) ? [path.join(dir, name)] : [];
  });
}

const NUM = String.raw`\d+(?:\.\d+)*`;

/** "§1.1–1.4" → 1.1, 1.2, 1.3, 1.4; "§2–4" → 2, 3, 4; other ranges → their two ends. */
function expand(from: string, to: string | undefined): string[] {
  if (!to) return [from];
  const a = from.split(".");
  const b = to.split(".");
  const sameParent = a.length === b.length && a.slice(0, -1).join(".") === b.slice(0, -1).join(".");
  if (!sameParent) return [from, to];
  const prefix = a.slice(0, -1);
  const [lo, hi] = [Number(a.at(-1)), Number(b.at(-1))];
  return Array.from({ length: hi - lo + 1 }, (_, i) => [...prefix, String(lo + i)].join("."));
}

export interface Citation {
  doc: Doc;
  section: string;
  where: string;
}

/**
 * The citations in one text: a chain after "contracts" or "contracts-more" ("contracts §1, §2.3–2.5"); in a
 * doc also the bare chains ("§1.7"), which refer to that doc.
 */
export function citations(text: string, where: string, bareDoc?: Doc): Citation[] {
  const found: Citation[] = [];
  const chain = new RegExp(
    String.raw`(contracts-more|contracts)?\s?§(${NUM})(?:[–-](${NUM}))?((?:,\s*§${NUM}(?:[–-]${NUM})?)*)`,
    "g",
  );
  for (const m of text.matchAll(chain)) {
    const doc = (m[1] as Doc | undefined) ?? bareDoc;
    if (!doc) continue;
    const line = text.slice(0, m.index).split("\n").length;
    const parts = [
      [m[2]!, m[3]] as const,
      ...[...m[4]!.matchAll(new RegExp(String.raw`§(${NUM})(?:[–-](${NUM}))?`, "g"))].map(
        (x) => [x[1]!, x[2]] as const,
      ),
    ];
    for (const [from, to] of parts)
      for (const section of expand(from, to)) found.push({ doc, section, where: `${where}:${line}` });
  }
  return found;
}

describe("contract citations", () => {
  const sections = {
    contracts: headings(DOCS.contracts),
    "contracts-more": headings(DOCS["contracts-more"]),
  };

  it("parses the forms the code uses", () => {
    const c = citations("(contracts §1, §2.3–2.5, §6.13; contracts-more §1.1) §9 and contracts §2.11.", "x");
    expect(c.map((x) => `${x.doc} ${x.section}`)).toEqual([
      "contracts 1",
      "contracts 2.3",
      "contracts 2.4",
      "contracts 2.5",
      "contracts 6.13",
      "contracts-more 1.1",
      "contracts 2.11",
    ]);
  });

  it("every citation in lib/, app/, components/, test/ and e2e/ names a heading in docs/", () => {
    const all = CODE_DIRS.flatMap((dir) => filesUnder(dir)).flatMap((f) =>
      citations(readFileSync(path.join(ROOT, f), "utf8"), f),
    );
    expect(all.length).toBeGreaterThan(40);
    expect(
      all
        .filter((c) => !sections[c.doc].has(c.section))
        .map((c) => `${c.where} cites ${c.doc} §${c.section}`),
    ).toEqual([]);
  });

  it("the docs' own references resolve too", () => {
    const all = (Object.entries(DOCS) as [Doc, string][]).flatMap(([doc, file]) =>
      citations(readFileSync(path.join(ROOT, file), "utf8"), file, doc),
    );
    expect(
      all
        .filter((c) => !sections[c.doc].has(c.section))
        .map((c) => `${c.where} cites ${c.doc} §${c.section}`),
    ).toEqual([]);
  });
});
