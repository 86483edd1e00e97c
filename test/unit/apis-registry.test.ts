import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS_PACKAGE_PREFIX, findAccessPackage } from "@/lib/altinn/access-packages";
import { API_IDS, API_LIST, SKATTEETATEN_APIS } from "@/lib/apis";
import { SIMULATED_APIS } from "@/lib/apis/simulators";
import { skatteetatenCatalog } from "@/lib/errors/catalog/skatteetaten";
import { common } from "@/lib/i18n/messages/common";
import { apiIdSchema } from "@/lib/session/state";

/** The registry of Skatteetaten APIs (lib/apis): one module each, consistent with Altinn's package catalogue. */
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe("the API registry", () => {
  it("has no duplicate ids, scopes, resources, host stems or snippet ids", () => {
    expect(unique(API_LIST.map((a) => a.id))).toBe(true);
    expect(unique(API_LIST.map((a) => a.scope))).toBe(true);
    expect(unique(API_LIST.map((a) => a.resource))).toBe(true);
    expect(unique(API_LIST.map((a) => a.hostStem))).toBe(true);
    expect(unique(API_LIST.map((a) => a.snippet.id))).toBe(true);
    expect([...API_IDS]).toEqual(API_LIST.map((a) => a.id));
    for (const a of API_LIST) expect(SKATTEETATEN_APIS[a.id]).toBe(a);
  });

  it("names only access packages lib/altinn/access-packages.ts knows, each usable by some system user", () => {
    for (const api of API_LIST) {
      for (const name of api.accessPackages) {
        const info = findAccessPackage(`${ACCESS_PACKAGE_PREFIX}${name}`);
        expect(info, `${api.id}: ${name}`).toBeDefined();
        expect(info!.isAssignable || info!.isDelegable, `${api.id}: ${name}`).toBe(true);
      }
    }
    // contracts-more §4.2: a-melding has regnskapsforer-lonn (client only) and a-ordning; pass og stell none.
    const amelding = SKATTEETATEN_APIS["innrapportering-amelding"].accessPackages;
    expect(amelding).toEqual(expect.arrayContaining(["regnskapsforer-lonn", "a-ordning"]));
    expect(findAccessPackage(`${ACCESS_PACKAGE_PREFIX}regnskapsforer-lonn`)!.packageClass).toBe(
      "client-only",
    );
    expect(SKATTEETATEN_APIS["innrapportering-passogstell"].accessPackages).toEqual([]);
  });

  it("keeps the saved states' ids parsing, and knows the new ones", () => {
    expect(apiIdSchema.parse("kravogbetalinger")).toBe("kravogbetalinger");
    expect(apiIdSchema.parse("innrapportering-boligselskap")).toBe("innrapportering-boligselskap");
    expect(apiIdSchema.safeParse("innrapportering-amelding").success).toBe(true);
    expect(apiIdSchema.safeParse("innrapportering-ukjent").success).toBe(false);
  });

  it("has a simulator and a step-7 call built from the form's defaults for every API", () => {
    const now = Date.UTC(2026, 10, 27);
    for (const api of API_LIST) {
      expect(typeof SIMULATED_APIS[api.id].handle).toBe("function");
      expect(SIMULATED_APIS[api.id].bodyTooLarge.status).toBe(413);
      const values = api.call.schema.parse(api.call.defaults({ now, forOrgNo: "313367002" }));
      const built = api.call.build(values, {
        forOrgNo: "313367002",
        contactName: "T",
        submissionId: "id",
        now,
      });
      expect(built.path.startsWith("/")).toBe(true);
      expect(built.path).not.toContain("//");
      // Every call names the organisation it is about: in the path (krav, a-melding) or the body.
      expect(`${built.path} ${JSON.stringify(built.body ?? "")}`).toContain("313367002");
      expect(built.idempotent).toBe(built.method === "POST");
      expect(api.call.fields.map((f) => f.name)).toEqual(Object.keys(values));
    }
  });

  it("answers bad form input with a message in the user's language, for every API's fields", () => {
    const known = new Set(Object.keys(common.nb.validation).map((k) => `validation.${k}`));
    const garbage = { inntektsaar: "abc", kalendermaaned: "2026-13", virksomhet: "123456789" };
    for (const api of API_LIST) {
      const parsed = api.call.schema.safeParse(garbage);
      if (api.call.fields.length === 0) continue;
      expect(parsed.success, api.id).toBe(false);
      const messages = parsed.error!.issues.map((i) => i.message);
      expect(messages.length).toBe(api.call.fields.length);
      for (const m of messages) expect(known, `${api.id}: ${m}`).toContain(m);
      for (const m of messages)
        expect(
          common.en.validation[m.slice("validation.".length) as keyof typeof common.en.validation],
        ).toBeTruthy();
    }
  });

  it("gives the doctor an entry for every AMLD code the a-melding simulator answers, in both languages", () => {
    const codes = ["AMLD_004", "AMLD_005", "AMLD_006", "AMLD_010", "AMLD_019", "AMLD_021", "AMLD_1008"];
    codes.push("AMLD_1015", "AMLD_1022", "AMLD_1028", "AMLD_1030", "AMLD_1047", "AMLD_1051", "AMLD_1052");
    codes.push("AMLD_1062", "AMLD_1063", "GLD_1015");
    for (const code of codes) {
      const entry = skatteetatenCatalog[code];
      expect(entry, code).toBeDefined();
      for (const part of [entry!.title, entry!.cause, entry!.fix]) {
        expect(part.nb.length, code).toBeGreaterThan(0);
        expect(part.en.length, code).toBeGreaterThan(0);
      }
    }
    expect(skatteetatenCatalog.AMLD_019!.docs).toBe(SKATTEETATEN_APIS["innrapportering-amelding"].docs);
  });
});

/** The files a module imports, followed through relative and "@/" paths (type-only imports included). */
function importGraph(entry: string): string[] {
  const root = resolve(__dirname, "../..");
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/from\s+"((?:\.{1,2}|@)\/[^"]+)"/g)) {
      const spec = m[1]!;
      const base = spec.startsWith("@/") ? join(root, spec.slice(2)) : resolve(dirname(file), spec);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find(existsSync);
      if (target) visit(target);
    }
  };
  visit(resolve(root, entry));
  return [...seen].map((f) => f.slice(root.length + 1));
}

describe("the registry's import graph", () => {
  it("keeps the simulator out of what pages and client forms import", () => {
    const graph = importGraph("lib/apis/index.ts");
    expect(graph).toContain("lib/apis/innrapportering-amelding/index.ts");
    expect(graph.filter((f) => f.startsWith("lib/simulator/") || f.endsWith("/simulator.ts"))).toEqual([]);
    // Pages reach the session and its database schema (pre-existing, not the registry's doing); what the
    // registry brings must not pull in any API's simulated behaviour.
    for (const page of [
      "app/(wizard)/call/page.tsx",
      "components/call/call-form.tsx",
      "app/(wizard)/scopes/page.tsx",
    ]) {
      const simulated = importGraph(page).filter(
        (f) =>
          f.startsWith("lib/simulator/skatteetaten/") ||
          (f.startsWith("lib/apis/") && f.endsWith("simulator.ts")) ||
          f === "lib/apis/simulators.ts",
      );
      expect(simulated, page).toEqual([]);
    }
  });
});
