import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import type { Environment } from "@/lib/environments";
import { initialState, type WizardState } from "@/lib/session/state";
import { API_IDS, API_LIST, type ApiId, type SkatteetatenApi } from "@/lib/apis";
import { buildSnippets, PLACEHOLDER, snippetContext, snippetsForStep, SNIPPET_IDS } from "@/lib/snippets";

const PRIVATE_MATERIAL = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC-secret";

function env(
  id: "test" | "production" | "simulator",
): Pick<Environment, "maskinporten" | "altinn" | "skatteetaten"> {
  if (id === "simulator") {
    const sim = "http://127.0.0.1:3000/sim";
    return {
      maskinporten: {
        issuer: `${sim}/maskinporten/`,
        tokenEndpoint: `${sim}/maskinporten/token`,
        jwksUri: "",
        metadataUrl: "",
      },
      altinn: { platformUrl: `${sim}/altinn/authentication/api/v1/`, uiUrl: `${sim}/altinn-ui/` },
      skatteetaten: hosts((a) => `${sim}/skatteetaten/${a.hostStem}/v1`),
    };
  }
  const mp = id === "test" ? "https://test.maskinporten.no/" : "https://maskinporten.no/";
  const ske = id === "test" ? "skatteetaten-test.no" : "skatteetaten.no";
  return {
    maskinporten: { issuer: mp, tokenEndpoint: `${mp}token`, jwksUri: `${mp}jwk`, metadataUrl: "" },
    altinn: {
      platformUrl:
        id === "test"
          ? "https://platform.tt02.altinn.no/authentication/api/v1/"
          : "https://platform.altinn.no/authentication/api/v1/",
      uiUrl: "",
    },
    skatteetaten: hosts((a) => `https://${a.hostStem}.api.${ske}/v1`),
  };
}

function fullState(): WizardState {
  return {
    ...initialState("test"),
    vendor: { orgno: "974761076", name: "SKATTEETATEN" },
    apis: [...API_IDS],
    // The state holds no private key any more; one smuggled in must still never reach the output.
    key: {
      kid: "sbw-20260301-abc123",
      privatePkcs8: PRIVATE_MATERIAL,
      publicJwk: {
        kty: "RSA",
        n: "public-n",
        e: "AQAB",
        kid: "sbw-20260301-abc123",
        alg: "RS256",
        use: "sig",
      },
      source: "generated",
      createdAt: 0,
      downloaded: true,
    } as WizardState["key"],
    client: {
      clientId: "e6c868ef-d9d6-4847-ba25-409bbd040540",
      scopes: [],
      origin: "manual",
      kid: "sbw-20260301-abc123",
    },
    system: {
      systemId: "974761076_demo",
      kind: "standard",
      registration: {
        id: "974761076_demo",
        vendor: { ID: "0192:974761076" },
        clientId: ["e6c868ef-d9d6-4847-ba25-409bbd040540"],
      },
      savedAt: 1,
    },
    request: {
      id: "d111dbab-d619-4f15-bf29-58fe570a9ae6",
      systemId: "974761076_demo",
      partyOrgNo: "313367002",
      externalRef: "kunde-42",
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }],
      redirectUrl: null,
      status: "Accepted",
      confirmUrl: "https://am.ui.tt02.altinn.no/x",
      createdAt: 0,
      checkedAt: 0,
    },
  };
}

describe("snippets", () => {
  const ctx = snippetContext(fullState(), env("test"), { inntektsaar: 2025 });
  const all = buildSnippets(ctx);

  it("cover every call of steps 3–7, each as curl and TypeScript", () => {
    expect(all.map((s) => s.id)).toEqual([...SNIPPET_IDS]);
    for (const s of all) {
      expect(s.curl).toContain("curl ");
      expect(s.typescript).toContain("await fetch(");
    }
    expect(snippetsForStep(ctx, "token").map((s) => s.id)).toEqual([
      "maskinporten-systemuser-token",
      "altinn-systemuser-byquery",
    ]);
    expect(snippetsForStep(ctx, "call").map((s) => s.id)).toEqual([
      "skatteetaten-aapnekrav",
      "skatteetaten-boligselskap",
      "skatteetaten-amelding",
      "skatteetaten-boligsameie",
      "skatteetaten-passogstell",
    ]);
  });

  it("never contain the private key or a token, only placeholders", () => {
    for (const s of all) {
      const text = `${s.curl}\n${s.typescript}`;
      expect(text).not.toContain(PRIVATE_MATERIAL);
      expect(text).not.toContain("public-n");
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
      expect(text).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    }
    const token = all.find((s) => s.id === "maskinporten-token")!;
    expect(token.curl).toContain(PLACEHOLDER.privateKey);
    expect(token.typescript).toContain(PLACEHOLDER.privateKey);
    const call = all.find((s) => s.id === "skatteetaten-aapnekrav")!;
    expect(call.curl).toContain("Bearer $ACCESS_TOKEN");
    expect(call.typescript).toContain("process.env.ACCESS_TOKEN");
  });

  it("use the environment's URLs and the user's values", () => {
    const byId = Object.fromEntries(all.map((s) => [s.id, s]));
    expect(byId["maskinporten-token"]!.url).toBe("https://test.maskinporten.no/token");
    expect(byId["maskinporten-token"]!.typescript).toContain('.setAudience("https://test.maskinporten.no/")');
    expect(byId["maskinporten-token"]!.typescript).toContain(
      '.setIssuer("e6c868ef-d9d6-4847-ba25-409bbd040540")',
    );
    expect(byId["maskinporten-token"]!.typescript).toContain('kid: "sbw-20260301-abc123"');
    expect(byId["maskinporten-token"]!.typescript).toContain("altinn:authentication/systemregister.write");
    expect(byId["maskinporten-token"]!.typescript).not.toContain("authorization_details");
    const su = byId["maskinporten-systemuser-token"]!.typescript;
    expect(su).toContain('"ID": "0192:313367002"');
    expect(su).toContain('"externalRef": "kunde-42"');
    expect(su).toContain('"type": "urn:altinn:systemuser"');
    expect(su).toContain(`scope: "${API_LIST.map((a) => a.scope).join(" ")}"`);
    expect(byId["altinn-system-create"]!.url).toBe(
      "https://platform.tt02.altinn.no/authentication/api/v1/systemregister/vendor",
    );
    expect(byId["altinn-system-update"]!.method).toBe("PUT");
    expect(byId["altinn-system-update"]!.url).toMatch(/systemregister\/vendor\/974761076_demo$/);
    expect(byId["altinn-request-byexternalref"]!.url).toMatch(
      /byexternalref\/974761076_demo\/313367002\/kunde-42$/,
    );
    expect(byId["altinn-systemuser-byquery"]!.url).toMatch(
      /systemuser\/vendor\/byquery\?system-id=974761076_demo&orgno=313367002&external-ref=kunde-42$/,
    );
    expect(byId["skatteetaten-aapnekrav"]!.url).toBe(
      "https://kravogbetalinger.api.skatteetaten-test.no/v1/regnskapssystem/313367002/aapnekrav",
    );
    expect(byId["skatteetaten-boligselskap"]!.url).toBe(
      "https://innrapporteringboligselskap.api.skatteetaten-test.no/v1/2025",
    );
    expect(byId["skatteetaten-boligselskap"]!.curl).toContain(
      '-H "idempotencyKey: $(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)"',
    );
    expect(byId["skatteetaten-boligselskap"]!.typescript).toContain('"idempotencyKey": crypto.randomUUID()');
    // A-melding: month and opplysningspliktig in the path (contracts-more §4.2), the customer in the body.
    expect(byId["skatteetaten-amelding"]!.url).toMatch(
      /^https:\/\/innrapporteringamelding\.api\.skatteetaten-test\.no\/v1\/innsending\/\d{4}-\d{2}\/313367002$/,
    );
    expect(byId["skatteetaten-amelding"]!.curl).toContain('"norskIdentifikator": "313367002"');
    expect(byId["skatteetaten-passogstell"]!.url).toBe(
      "https://innrapporteringpassogstell.api.skatteetaten-test.no/v1/2025",
    );

    const prod = buildSnippets(snippetContext(fullState(), env("production")));
    expect(prod.find((s) => s.id === "maskinporten-token")!.url).toBe("https://maskinporten.no/token");
    expect(prod.find((s) => s.id === "skatteetaten-aapnekrav")!.url).toContain(
      "kravogbetalinger.api.skatteetaten.no",
    );
  });

  it("offer only the chosen APIs' calls, and placeholders before values exist", () => {
    const early = buildSnippets(
      snippetContext({ ...initialState("simulator"), apis: ["kravogbetalinger"] }, env("simulator")),
    );
    expect(early.map((s) => s.id)).not.toContain("skatteetaten-boligselskap");
    const token = early.find((s) => s.id === "maskinporten-token")!;
    expect(token.typescript).toContain(PLACEHOLDER.clientId);
    expect(token.url).toBe("http://127.0.0.1:3000/sim/maskinporten/token");
  });

  it("curl variants are valid shell", () => {
    for (const s of all) execFileSync("bash", ["-n", "-c", s.curl]);
  });

  it("curl variant signs a grant Maskinporten would accept (openssl), user values quoted as data", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sbw-snippet-"));
    const keyFile = path.join(dir, "key.pem");
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ format: "pem", type: "pkcs8" }));
    const s = fullState();
    const odd = { ...s, request: { ...s.request!, externalRef: "it's $(touch pwned) `x` %s \\n" } };
    const su = buildSnippets(snippetContext(odd, env("test"))).find(
      (x) => x.id === "maskinporten-systemuser-token",
    )!;
    // Run everything up to the curl call, then print the assertion instead of sending it.
    const script =
      su.curl.split("\nRESPONSE=")[0]!.replace(`KEY='${PLACEHOLDER.privateKey}'`, `KEY='${keyFile}'`) +
      '\necho "$HEADER.$CLAIMS.$SIGNATURE"';
    const out = execFileSync("bash", ["-c", script], { encoding: "utf8", cwd: dir }).trim();
    const header = decodeProtectedHeader(out);
    const claims = decodeJwt(out);
    expect(header).toEqual({ alg: "RS256", kid: "sbw-20260301-abc123" });
    expect(claims.aud).toBe("https://test.maskinporten.no/");
    expect(claims.iss).toBe("e6c868ef-d9d6-4847-ba25-409bbd040540");
    expect(claims.exp! - claims.iat!).toBe(120);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(10);
    expect(claims.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(claims.authorization_details).toEqual([
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:313367002" },
        externalRef: "it's $(touch pwned) `x` %s \\n",
      },
    ]);
    expect(existsSync(path.join(dir, "pwned"))).toBe(false);
  });
});

/** Every registered API's base URL (lib/apis). */
function hosts(url: (api: SkatteetatenApi) => string): Record<ApiId, string> {
  return Object.fromEntries(API_LIST.map((a) => [a.id, url(a)])) as Record<ApiId, string>;
}
