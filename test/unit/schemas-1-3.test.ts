import { describe, expect, it } from "vitest";
import { client } from "@/lib/i18n/messages/client";
import { common } from "@/lib/i18n/messages/common";
import { fieldErrors, orgnoSchema } from "@/lib/schemas/common";
import { keySetupSchema, manualClientSchema } from "@/lib/schemas/client";
import {
  hasLaterState,
  onboardingSchema,
  prerequisitesFor,
  prerequisitesMet,
} from "@/lib/schemas/onboarding";
import { callSchema } from "@/lib/schemas/call";
import { customerFormSchema } from "@/lib/schemas/customer";
import { customerRefSchema } from "@/lib/schemas/customers";
import { apiSelectionSchema, scopeMarkSchema, scopesComplete } from "@/lib/schemas/scopes";
import { initialState } from "@/lib/session/state";

/** The first message key of a failed parse, per field — what both the form and the action show. */
function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? {} : fieldErrors(r.error as never);
}

const ALL_TICKED = {
  digdirTerms: true,
  selfServiceRole: true,
  scopeOrders: true,
  tt02SystemRegister: true,
  tenorTestId: true,
};

describe("organisation number (MOD11)", () => {
  it("accepts valid numbers, trimming spaces", () => {
    expect(orgnoSchema.parse("974761076")).toBe("974761076");
    expect(orgnoSchema.parse(" 313367002 ")).toBe("313367002");
  });

  it("accepts the number grouped with spaces as people type and copy it, and keeps nine digits", () => {
    expect(orgnoSchema.parse("974 761 076")).toBe("974761076");
    expect(orgnoSchema.parse("974\u00a0761\u00a0076")).toBe("974761076");
    expect(orgnoSchema.parse(" 31 33 67 002 ")).toBe("313367002");
    // grouped but wrong is still refused for the right reason
    expect(orgnoSchema.safeParse("974 761 077").error?.issues[0]?.message).toBe("validation.orgnoMod11");
    expect(orgnoSchema.safeParse("974-761-076").error?.issues[0]?.message).toBe("validation.orgnoFormat");
    expect(orgnoSchema.safeParse("   ").error?.issues[0]?.message).toBe("validation.required");
  });

  it("normalises the same way in every form that takes an organisation number", () => {
    expect(onboardingSchema.shape.orgno.parse("974 761 076")).toBe("974761076");
    expect(customerFormSchema.shape.partyOrgNo.parse("313 367 002")).toBe("313367002");
    expect(customerRefSchema.shape.orgNo.parse("313 367 002")).toBe("313367002");
    expect(callSchema.shape.forOrgNo.parse("313 367 002")).toBe("313367002");
  });

  it("says which rule failed, with message keys that exist in both languages", () => {
    expect(orgnoSchema.safeParse("").error?.issues[0]?.message).toBe("validation.required");
    expect(orgnoSchema.safeParse("12345").error?.issues[0]?.message).toBe("validation.orgnoFormat");
    expect(orgnoSchema.safeParse("97476107a").error?.issues[0]?.message).toBe("validation.orgnoFormat");
    expect(orgnoSchema.safeParse("974761077").error?.issues[0]?.message).toBe("validation.orgnoMod11");
    for (const key of ["required", "orgnoFormat", "orgnoMod11"] as const) {
      expect(common.nb.validation[key]).toBeTruthy();
      expect(common.en.validation[key]).toBeTruthy();
    }
    expect(common.nb.validation.orgnoMod11).toMatch(/kontrollsiffer/);
  });
});

describe("step 1 schema", () => {
  it("validates environment, orgno and the checklist", () => {
    expect(
      onboardingSchema.safeParse({ env: "simulator", orgno: "974761076", prerequisites: ALL_TICKED }).success,
    ).toBe(true);
    expect(
      errorsOf(onboardingSchema, { env: "staging", orgno: "974761077", prerequisites: ALL_TICKED }),
    ).toMatchObject({
      orgno: ["validation.orgnoMod11"],
    });
    expect(
      Object.keys(
        errorsOf(onboardingSchema, { env: "staging", orgno: "974761076", prerequisites: ALL_TICKED }),
      ),
    ).toEqual(["env"]);
  });

  it("knows which prerequisites each environment needs", () => {
    expect(prerequisitesFor("production")).not.toContain("tenorTestId");
    expect(prerequisitesFor("test")).toContain("tt02SystemRegister");
    expect(prerequisitesMet("simulator", {})).toBe(true);
    expect(prerequisitesMet("test", { digdirTerms: true })).toBe(false);
    expect(
      prerequisitesMet("production", { digdirTerms: true, selfServiceRole: true, scopeOrders: true }),
    ).toBe(true);
  });

  it("sees later state that a change of environment or vendor would reset", () => {
    expect(hasLaterState(initialState())).toBe(false);
    expect(hasLaterState({ ...initialState(), apis: ["kravogbetalinger"] })).toBe(true);
    expect(hasLaterState({ ...initialState(), done: { onboarding: { at: 1, fp: "x" } } })).toBe(false);
    expect(hasLaterState({ ...initialState(), done: { scopes: { at: 1, fp: "x" } } })).toBe(true);
  });
});

describe("step 2 schemas", () => {
  it("needs at least one known API", () => {
    expect(errorsOf(apiSelectionSchema, { apis: [] })).toEqual({ apis: ["validation.chooseOne"] });
    expect(Object.keys(errorsOf(apiSelectionSchema, { apis: ["nope"] }))).toEqual(["apis.0"]);
    expect(
      apiSelectionSchema.parse({ apis: ["kravogbetalinger", "innrapportering-boligselskap"] }).apis,
    ).toHaveLength(2);
    expect(scopeMarkSchema.safeParse({ scope: "x:y", status: "granted" }).success).toBe(true);
    expect(scopeMarkSchema.safeParse({ scope: "x:y", status: "approved" }).success).toBe(false);
  });

  it("is complete when every scope of the chosen APIs is granted", () => {
    const s = { apis: ["kravogbetalinger" as const], scopes: {} as Record<string, "ordered" | "granted"> };
    expect(scopesComplete({ apis: [], scopes: {} })).toBe(false);
    expect(scopesComplete(s)).toBe(false);
    for (const scope of [
      "altinn:authentication/systemregister.write",
      "altinn:authentication/systemuser.request.read",
      "altinn:authentication/systemuser.request.write",
    ]) {
      s.scopes[scope] = "granted";
    }
    s.scopes["skatteetaten:kravogbetalinger"] = "ordered";
    expect(scopesComplete(s)).toBe(false);
    s.scopes["skatteetaten:kravogbetalinger"] = "granted";
    expect(scopesComplete(s)).toBe(true);
  });
});

describe("step 3 schemas", () => {
  it("checks the kid pattern with a message in both languages", () => {
    expect(keySetupSchema.safeParse({ mode: "generate", kid: "sbw-20260301-abc123" }).success).toBe(true);
    expect(errorsOf(keySetupSchema, { mode: "generate", kid: "has space" })).toEqual({
      kid: ["client.kidFormat"],
    });
    expect(errorsOf(keySetupSchema, { mode: "generate", kid: "x".repeat(65) })).toEqual({
      kid: ["client.kidFormat"],
    });
    expect(errorsOf(keySetupSchema, { mode: "generate", kid: "" }).kid?.[0]).toBe("validation.required");
    expect(client.nb.validation.kidFormat).toBeTruthy();
    expect(client.en.validation.kidFormat).toBeTruthy();
  });

  it("needs the key text to import, and lets a JWK bring its own kid", () => {
    expect(errorsOf(keySetupSchema, { mode: "pem", kid: "k", text: "  " })).toEqual({
      text: ["validation.required"],
    });
    expect(keySetupSchema.safeParse({ mode: "jwk", kid: "", text: "{}" }).success).toBe(true);
    expect(keySetupSchema.safeParse({ mode: "pem", kid: "", text: "x" }).success).toBe(false);
  });

  it("needs a plausible client id and both confirmations", () => {
    expect(
      manualClientSchema.safeParse({
        clientId: "a2ed712d-4144-4471-839f-80ae4a68146b",
        keyUploaded: true,
        scopesAdded: true,
      }).success,
    ).toBe(true);
    expect(
      errorsOf(manualClientSchema, { clientId: "bad id!", keyUploaded: false, scopesAdded: true }),
    ).toEqual({
      clientId: ["client.clientIdFormat"],
      keyUploaded: ["client.confirmKeyUploaded"],
    });
  });
});

describe("hand-made action input", () => {
  it("gets a message key on every issue, never zod's English default", () => {
    const cases: [{ safeParse(v: unknown): { success: boolean; error?: unknown } }, unknown][] = [
      [onboardingSchema, { env: "staging", orgno: 5, prerequisites: { digdirTerms: "yes" } }],
      [onboardingSchema, null],
      [apiSelectionSchema, { apis: ["nope", 3] }],
      [scopeMarkSchema, { scope: 1, status: "approved" }],
      [keySetupSchema, { mode: "other", kid: "k" }],
      [keySetupSchema, { mode: "jwk", kid: "has space", text: "{}" }],
      [manualClientSchema, "x"],
    ];
    for (const [schema, input] of cases) {
      for (const messages of Object.values(errorsOf(schema, input))) {
        for (const m of messages) expect(m, JSON.stringify(input)).toMatch(/^(validation|client)\./);
      }
    }
    expect(errorsOf(keySetupSchema, { mode: "jwk", kid: "has space", text: "{}" })).toEqual({
      kid: ["client.kidFormat"],
    });
  });
});
