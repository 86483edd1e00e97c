import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { common } from "@/lib/i18n/messages/common";
import { translateMessage } from "@/lib/i18n/translate";
import { nastyJson, nastyString } from "./fuzz-support";

/**
 * Every zod schema the wizard's forms and server actions share (lib/schemas/*.ts), fed random input: parsing
 * never throws, a success parses again to the same value (the client parses, then the server parses what it
 * got), and every issue message is an i18n key with a text in bokmål and English — never zod's own English.
 */
const ROOT = path.resolve(__dirname, "../..");
const SCHEMA_DIR = path.join(ROOT, "lib/schemas");
const MESSAGES_DIR = path.join(ROOT, "lib/i18n/messages");
/** The step schema files the wizard is meant to have; a missing one is a todo, not a failure. */
const STEP_FILES = ["onboarding", "scopes", "client", "system", "customer", "token", "call"];
const RUNS = Number(process.env.FUZZ_RUNS ?? 60) * 2;

type AnySchema = z.ZodType;
const isSchema = (v: unknown): v is AnySchema =>
  typeof v === "object" && v !== null && "_zod" in v && typeof (v as AnySchema).safeParse === "function";

/** Schemas built by a factory, with the arguments the app calls them with. */
const FACTORIES: Record<string, unknown[][]> = {
  systemFormSchema: [[{ allowLocalHttp: true }], [{ allowLocalHttp: false }]],
  systemFormSchemaFor: [["simulator"], ["test"], ["production"]],
  requiredText: [[50]],
  optionalText: [[50]],
};

async function schemasOf(file: string): Promise<[string, AnySchema][]> {
  const mod = (await import(path.join(SCHEMA_DIR, `${file}.ts`))) as Record<string, unknown>;
  const out: [string, AnySchema][] = [];
  for (const [name, v] of Object.entries(mod)) {
    if (isSchema(v)) out.push([name, v]);
    else if (typeof v === "function" && FACTORIES[name]) {
      for (const args of FACTORIES[name]) {
        const s = (v as (...a: unknown[]) => unknown)(...args);
        if (isSchema(s)) out.push([`${name}(${JSON.stringify(args).slice(1, -1)})`, s]);
      }
    }
  }
  return out;
}

// ---- message keys ------------------------------------------------------------------------------------------

type Texts = Record<string, unknown>;
const namespaces = new Map<string, { nb: Texts; en: Texts }>();
async function loadNamespaces(): Promise<void> {
  for (const f of readdirSync(MESSAGES_DIR).filter((n) => n.endsWith(".ts"))) {
    const mod = (await import(path.join(MESSAGES_DIR, f))) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      const b = v as { nb?: Texts; en?: Texts };
      if (b && typeof b === "object" && b.nb && b.en)
        namespaces.set(f.replace(/\.ts$/, ""), { nb: b.nb, en: b.en });
    }
  }
}

function lookup(texts: Texts | undefined, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((t, k) => (t && typeof t === "object" ? (t as Texts)[k] : undefined), texts);
}

/** The text of a message key in both languages, or null when it has none (or is not a key at all). */
function translate(key: string): { nb: string; en: string } | null {
  if (key.startsWith("validation.")) {
    const nb = translateMessage(key, common.nb.validation);
    const en = translateMessage(key, common.en.validation);
    return nb && en && nb !== key && en !== key ? { nb, en } : null;
  }
  // `<namespace>.<key>`: the step's own texts, e.g. client.kidFormat → messages/client.ts validation.kidFormat.
  const [ns, ...rest] = key.split(".");
  const m = ns ? namespaces.get(ns) : undefined;
  if (!m || rest.length === 0) return null;
  const k = rest.join(".");
  const nb = lookup(m.nb, `validation.${k}`) ?? lookup(m.nb, k);
  const en = lookup(m.en, `validation.${k}`) ?? lookup(m.en, k);
  return typeof nb === "string" && typeof en === "string" ? { nb, en } : null;
}

// ---- input generation from the schema's own shape ----------------------------------------------------------

const plausibleString = fc.constantFrom(
  "313367002",
  "314500008",
  "123456789",
  "https://vendor.example/callback",
  "http://localhost:3000/return",
  "http://evil.example/x",
  "kid-2026-01",
  "3f0e1c9a-2b7d-4c1e-9a55-0d6a4f1b2c3d",
  "12345678901",
  "my system",
  "2025",
  "skatteetaten:kravogbetalinger",
);

function valueFor(s: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const def = (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (k: string) => valueFor(def[k] as AnySchema, depth + 1);
  let typed: fc.Arbitrary<unknown>;
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, valueFor(v, depth + 1)]));
      typed = fc
        .tuple(
          fc.record(fields, { requiredKeys: [] }),
          fc.dictionary(fc.string({ maxLength: 8 }), nastyJson, { maxKeys: 1 }),
        )
        .map(([o, extra]) => (Math.random() < 0.8 ? o : { ...extra, ...o }));
      break;
    }
    case "array":
      typed = fc.array(inner("element"), { maxLength: depth > 2 ? 2 : 22 });
      break;
    case "string":
      typed = fc.oneof(plausibleString, nastyString);
      break;
    case "number":
    case "int":
      typed = fc.oneof(
        fc.integer({ min: 1990, max: 2120 }),
        fc.double(),
        fc.constantFrom("2025", "20x5", "", " 2020 "),
      );
      break;
    case "boolean":
      typed = fc.oneof(fc.boolean(), fc.constantFrom("true", "on", 1));
      break;
    case "enum":
      typed = fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, string>)), fc.string());
      break;
    case "literal":
      typed = fc.oneof(fc.constantFrom(...(def.values as unknown[])), nastyJson);
      break;
    case "union":
      typed = fc.oneof(...(def.options as AnySchema[]).map((o) => valueFor(o, depth + 1)));
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      typed = fc.oneof(inner("innerType"), fc.constantFrom(undefined, null));
      break;
    case "pipe":
      typed = inner("in");
      break;
    default:
      typed = nastyJson;
  }
  return depth > 4 ? typed : fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: nastyJson });
}

/** "apis.* [invalid_value] Invalid option: …" — array indices and listed keys folded, so the list stays short. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map((p) => (typeof p === "number" ? "*" : String(p))).join(".") || "(root)";
  const text =
    issue.code === "unrecognized_keys" ? "Unrecognized keys" : issue.message.replace(/, received .*/, "");
  return `${where} [${issue.code}] ${text}`;
}

// ---- the tests ---------------------------------------------------------------------------------------------

describe("action schemas under random input", async () => {
  await loadNamespaces();
  for (const file of ["common", ...STEP_FILES]) {
    if (!existsSync(path.join(SCHEMA_DIR, `${file}.ts`))) {
      it.todo(`lib/schemas/${file}.ts (not written yet)`);
      continue;
    }
    const schemas = await schemasOf(file);
    if (schemas.length === 0) it.todo(`lib/schemas/${file}.ts exports no schema yet`);
    for (const [name, schema] of schemas) {
      it(`${file}: ${name}`, () => {
        // Untranslatable messages are collected, not thrown, so one failure lists every one the schema makes.
        const untranslatable = new Set<string>();
        fc.assert(
          fc.property(
            fc.oneof({ weight: 8, arbitrary: valueFor(schema) }, { weight: 1, arbitrary: fc.anything() }),
            (input) => {
              const result = schema.safeParse(input);
              if (result.success) {
                const again = schema.safeParse(result.data);
                expect(
                  again.success,
                  `parsing the parsed value again fails: ${JSON.stringify(again.error?.issues)}`,
                ).toBe(true);
                expect(again.data).toEqual(result.data);
                return;
              }
              for (const issue of result.error.issues) {
                if (!translate(issue.message)) untranslatable.add(describeIssue(issue));
              }
            },
          ),
          { numRuns: RUNS },
        );
        expect(
          [...untranslatable].sort(),
          "issue messages that are not i18n keys with nb and en texts",
        ).toEqual([]);
      });
    }
  }
});
