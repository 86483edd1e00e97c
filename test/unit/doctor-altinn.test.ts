import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnose, diagnoseValidation } from "@/lib/errors";
import { altinnCatalog, altinnProblemCatalog, altinnValidationCatalog } from "@/lib/errors/catalog/altinn";

// Every AUTH and AUTH.VLD code in contracts §2.11.
const VLD = [
  "00000",
  "00001",
  "00002",
  "00003",
  "00004",
  "00005",
  "00006",
  "00007",
  "00008",
  "00009",
  "00011",
  "00012",
  "00013",
  "00014",
  "00015",
  "00016",
  "00017",
  "00018",
];
const AUTH = [
  "00000",
  "00001",
  "00004",
  "00006",
  "00007",
  "00008",
  "00009",
  "00010",
  "00011",
  "00012",
  "00013",
  "00015",
  "00021",
  "00023",
  "00025",
  "00026",
  "00058",
  "00059",
  "00061",
  "00063",
  "00064",
  "00065",
];

const STEP4_FIELDS = ["idSuffix", "rights", "accessPackages", "clientId", "allowedRedirectUrls"];
const STEP5_FIELDS = ["partyOrgNo", "externalRef", "rights", "accessPackages", "redirectUrl"];

describe("Altinn error doctor catalog", () => {
  it("covers every AUTH.VLD and AUTH code of the contract", () => {
    for (const c of VLD) expect(altinnValidationCatalog[`AUTH.VLD-${c}`], `AUTH.VLD-${c}`).toBeDefined();
    for (const c of AUTH) expect(altinnProblemCatalog[`AUTH-${c}`], `AUTH-${c}`).toBeDefined();
  });

  it("explains every AUTH and AUTH.VLD code the simulated Altinn can answer (client delegation included)", () => {
    const dir = path.resolve("lib/simulator/altinn");
    const codes = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith(".ts"))
        .flatMap((f) => readFileSync(path.join(dir, f), "utf8").match(/AUTH(\.VLD)?-\d{5}/g) ?? []),
    );
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) expect(altinnCatalog[code], code).toBeDefined();
  });

  it("has title, cause and fix in bokmål and English for every entry", () => {
    for (const [code, e] of Object.entries(altinnCatalog)) {
      for (const part of [e.title, e.cause, e.fix]) {
        expect(part.nb.trim(), code).not.toBe("");
        expect(part.en.trim(), code).not.toBe("");
        expect(part.nb, code).not.toBe(part.en);
      }
    }
  });

  it("ties validation codes to step 4's form fields and request codes to step 5's", () => {
    for (const [code, e] of Object.entries(altinnValidationCatalog)) {
      if (e.field) expect(STEP4_FIELDS, code).toContain(e.field);
    }
    for (const [code, e] of Object.entries(altinnProblemCatalog)) {
      if (e.field) expect(STEP5_FIELDS, code).toContain(e.field);
    }
    expect(altinnValidationCatalog["AUTH.VLD-00004"]!.field).toBe("clientId");
    expect(altinnValidationCatalog["AUTH.VLD-00005"]!.field).toBe("allowedRedirectUrls");
    expect(altinnValidationCatalog["AUTH.VLD-00013"]!.field).toBe("idSuffix");
    expect(altinnProblemCatalog["AUTH-00021"]!.field).toBe("redirectUrl");
  });

  it("diagnoses a validation problem: each AUTH.VLD item on its field, the wrapper as the form message", () => {
    const e = {
      service: "altinn" as const,
      kind: "http" as const,
      method: "POST",
      url: "http://sim.test/sim/altinn/authentication/api/v1/systemregister/vendor",
      status: 400,
      code: "STD-00000",
      validationErrors: [
        {
          code: "AUTH.VLD-00004",
          title: "One of the client id is already tagged with an existing system",
          paths: ["/registersystemrequest/clientid"],
        },
        { code: "AUTH.VLD-99999", title: "Something new", paths: [] },
      ],
    };
    // Two codes: the wrapper is the form-level verdict ("each error is at its field").
    expect(diagnose(e, "nb").code).toBe("STD-00000");
    const items = diagnoseValidation(e, "en");
    expect(items[0]).toMatchObject({
      code: "AUTH.VLD-00004",
      field: "clientId",
      title: "The client id is in use",
    });
    // An unknown code still shows Altinn's own text.
    expect(items[1]).toMatchObject({ code: "AUTH.VLD-99999", cause: "Something new" });
  });

  describe("AUTH.VLD-00004, a client id another system holds", () => {
    const problem = {
      service: "altinn" as const,
      kind: "http" as const,
      method: "POST",
      url: "http://sim.test/sim/altinn/authentication/api/v1/systemregister/vendor",
      status: 400,
      code: "STD-00000",
      validationErrors: [
        {
          code: "AUTH.VLD-00004",
          title: "One of the client id is already tagged with an existing system",
          paths: ["/registersystemrequest/clientid"],
        },
      ],
    };

    it("is diagnosed as AUTH.VLD-00004, not the generic STD-00000, as the form-level verdict", () => {
      const d = diagnose(problem, "en");
      expect(d.code).toBe("AUTH.VLD-00004");
      expect(d.title).toBe("The client id is in use");
      // Shown in the doctor's box, not swallowed by the field (the item itself goes on clientId).
      expect(d.field).toBeUndefined();
      expect(diagnoseValidation(problem, "en")[0]!.field).toBe("clientId");
    });

    it("names the system that holds the client id when the wizard knows it, in every language", () => {
      const facts = {
        system: "Regnskap Demo (314500008_regnskap_demo)",
        systemId: "314500008_regnskap_demo",
      };
      for (const locale of ["nb", "en"] as const) {
        const d = diagnose({ ...problem, facts }, locale);
        expect(d.cause).toContain("Regnskap Demo (314500008_regnskap_demo)");
        expect(d.fix).toContain("314500008_regnskap_demo");
        expect(d.cause).not.toMatch(/\{\w+\}/);
        expect(d.fix).not.toMatch(/\{\w+\}/);
        const field = diagnoseValidation({ ...problem, facts }, locale)[0]!;
        expect(field.cause).toContain("Regnskap Demo");
      }
      const entry = altinnValidationCatalog["AUTH.VLD-00004"]!;
      for (const texts of [entry.withFacts!.cause, entry.withFacts!.fix]) {
        for (const t of Object.values(texts)) expect(t).toContain("{system}");
      }
    });

    it("without the facts it explains the cause generically", () => {
      const d = diagnose(problem, "nb");
      expect(d.cause).toBe(altinnValidationCatalog["AUTH.VLD-00004"]!.cause.nb);
    });
  });
});
