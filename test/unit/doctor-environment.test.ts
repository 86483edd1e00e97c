import { describe, expect, it } from "vitest";
import { catalogCodes, catalogTexts, diagnose } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/types";

/**
 * The doctor's texts depend on where the user is (issue 9, item 7): simulator-only hints ("update the client in
 * the simulator") are added in the simulator and never shown in test or production.
 */
const SIMULATOR = /simulator/i; // also matches "simulatoren", "Simulatoren"

describe("error doctor by environment", () => {
  for (const env of ["test", "production"] as const) {
    for (const locale of LOCALES) {
      it(`never mentions the simulator in ${env} (${locale})`, () => {
        const texts = catalogTexts(locale, { env });
        expect(texts.length).toBeGreaterThan(catalogCodes().length * 2);
        expect(texts.filter((t) => SIMULATOR.test(t))).toEqual([]);
      });
    }
  }

  it("leaves simulator hints out when the environment is not known", () => {
    expect(catalogTexts("nb", {}).filter((t) => SIMULATOR.test(t))).toEqual([]);
  });

  it("adds the simulator hint in the simulator", () => {
    const e = {
      service: "maskinporten" as const,
      kind: "http" as const,
      method: "POST",
      url: "https://x/token",
      status: 400,
      error: "invalid_scope",
      description: "Consumer has not been granted access to the scope skatteetaten:kravogbetalinger (MP-250)",
    };
    expect(diagnose(e, "nb", { env: "simulator" }).fix).toMatch(/simulatoren/);
    expect(diagnose(e, "en", { env: "test" }).fix).not.toMatch(SIMULATOR);
    expect(diagnose(e, "en", { env: "test" }).fix).toMatch(/Bruksvilkår for sluttbrukersystemleverandører/);
  });

  it("files Altinn's code-less 403 under the Altinn scope advice", () => {
    const d = diagnose(
      {
        service: "altinn",
        kind: "http",
        method: "POST",
        url: "https://x/systemregister/vendor",
        status: 403,
      },
      "en",
      { env: "production" },
    );
    expect(d.code).toBe("ALTINN_403");
    expect(d.fix).toMatch(/registration form for end-user system vendors/);
    expect(d.fix).toMatch(/servicedesk@altinn\.no/); // only for loading a real organisation into TT02
  });
});
