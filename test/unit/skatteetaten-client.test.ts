import { afterEach, describe, expect, it, vi } from "vitest";
import type { Environment } from "@/lib/environments";
import { ServiceError } from "@/lib/http/service-error";
import { skatteetatenClient } from "@/lib/skatteetaten/client";
import { parseErrorBody } from "@/lib/skatteetaten/errors";

const env = {
  skatteetaten: {
    kravogbetalinger: "https://kravogbetalinger.api.skatteetaten-test.no/v1",
    "innrapportering-boligselskap": "https://innrapporteringboligselskap.api.skatteetaten-test.no/v1",
  },
} as unknown as Environment;

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Seen[] {
  const seen: Seen[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    seen.push({
      url,
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: (init.body as string) ?? null,
    });
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "content-type": "application/json", ...headers } });
  });
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

describe("skatteetatenClient.openClaims", () => {
  it("GETs regnskapssystem/{orgnr}/aapnekrav with the bearer token and returns the parsed answer", async () => {
    const seen = answer(
      200,
      { partIdentifikator: "313367002", aapentKravMedGjenstaaendeBeloep: [] },
      { Korrelasjonsid: "corr-1" },
    );
    const res = await skatteetatenClient(env, "tok").openClaims("313367002");
    expect(seen[0]!.url).toBe(
      "https://kravogbetalinger.api.skatteetaten-test.no/v1/regnskapssystem/313367002/aapnekrav",
    );
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer tok");
    expect(seen[0]!.headers.get("accept")).toBe("application/json");
    expect(res).toMatchObject({
      status: 200,
      correlationId: "corr-1",
      method: "GET",
      body: { partIdentifikator: "313367002" },
    });
    expect(res.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("throws a ServiceError with Skatteetaten's kode, melding and korrelasjonsid", async () => {
    answer(403, {
      kode: "DAS-008",
      melding: "Du er ikke autorisert for tilgang til den forespurte ressursen.",
      korrelasjonsid: "c-2",
    });
    const e = await skatteetatenClient(env, "tok")
      .openClaims("310702641")
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServiceError);
    expect(e).toMatchObject({
      service: "skatteetaten",
      kind: "http",
      status: 403,
      code: "DAS-008",
      correlationId: "c-2",
    });
    expect((e as ServiceError).description).toContain("ikke autorisert");
  });

  it("prefers the Korrelasjonsid header, and files a bare 401 by its status", async () => {
    answer(401, "", { Korrelasjonsid: "hdr" });
    const e = (await skatteetatenClient(env, "tok")
      .openClaims("313367002")
      .catch((x: unknown) => x)) as ServiceError;
    expect(e.status).toBe(401);
    expect(e.code).toBeUndefined();
    expect(e.correlationId).toBe("hdr");
  });

  it("refuses a 200 whose body is not JSON", async () => {
    answer(200, "<html>", {});
    const e = (await skatteetatenClient(env, "tok")
      .openClaims("313367002")
      .catch((x: unknown) => x)) as ServiceError;
    expect(e.kind).toBe("malformed");
  });
});

describe("skatteetatenClient.submitBoligselskap", () => {
  it("POSTs JSON to /{inntektsaar} with the idempotencyKey header", async () => {
    const seen = answer(
      200,
      { dialogId: "d", forsendelseId: "f", leveranseformaal: [] },
      { Korrelasjonsid: "k" },
    );
    const res = await skatteetatenClient(env, "tok").submitBoligselskap(
      2025,
      { leveranse: [] },
      "a7c1c0de-0000-4000-8000-000000000001",
    );
    expect(seen[0]!.url).toBe("https://innrapporteringboligselskap.api.skatteetaten-test.no/v1/2025");
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.headers.get("idempotencykey")).toBe("a7c1c0de-0000-4000-8000-000000000001");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(seen[0]!.body!)).toEqual({ leveranse: [] });
    expect(res).toMatchObject({ status: 200, correlationId: "k", body: { dialogId: "d" } });
  });

  it("keeps GLD spesifisering items as validation issues", async () => {
    answer(400, {
      kode: "GLD_010",
      melding: "Feil i forbindelse med validering av payload.",
      korrelasjonsid: "c",
      spesifisering: [
        {
          kode: "GLD_1027",
          melding: "Inntektsår støttes ikke",
          sti: "/leveranse/0/inntektsaar",
          angittVerdi: "1999",
        },
      ],
    });
    const e = (await skatteetatenClient(env, "tok")
      .submitBoligselskap(1999, {}, "k")
      .catch((x: unknown) => x)) as ServiceError;
    expect(e.code).toBe("GLD_010");
    expect(e.validationErrors).toEqual([
      { code: "GLD_1027", title: 'Inntektsår støttes ikke ("1999")', paths: ["/leveranse/0/inntektsaar"] },
    ]);
  });
});

describe("parseErrorBody", () => {
  it("reads the documented shape and tolerates anything else", () => {
    expect(parseErrorBody('{"kode":"KB-007","melding":"m","korrelasjonsid":"c"}')).toEqual({
      kode: "KB-007",
      melding: "m",
      korrelasjonsid: "c",
    });
    expect(parseErrorBody("")).toBeNull();
    expect(parseErrorBody("not json")).toBeNull();
    expect(parseErrorBody('{"kode":42}')).toBeNull();
  });
});

describe("recorded calls", () => {
  it("keep the newest calls first, at most MAX_CALL_RECORDS, bodies shortened for the cookie", async () => {
    const { callRecord, withCall, MAX_CALL_RECORDS, MAX_RECORDED_BODY, TRUNCATION_MARK } =
      await import("@/lib/skatteetaten/record");
    const { initialState } = await import("@/lib/session/state");
    let state = initialState();
    for (let i = 0; i < MAX_CALL_RECORDS + 3; i++) {
      state = withCall(
        state,
        callRecord({
          api: "kravogbetalinger",
          method: "GET",
          url: `u${i}`,
          status: 200,
          correlationId: null,
          durationMs: 1.6,
          at: i,
          ok: true,
          body: "x".repeat(5000),
        }),
      );
    }
    expect(state.calls).toHaveLength(MAX_CALL_RECORDS);
    expect(state.calls[0]!.url).toBe(`u${MAX_CALL_RECORDS + 2}`);
    expect(state.calls[0]!.durationMs).toBe(2);
    expect(state.calls[0]!.body).toHaveLength(MAX_RECORDED_BODY + TRUNCATION_MARK.length);
    expect(state.calls[0]!.body.endsWith(TRUNCATION_MARK)).toBe(true);
  });
});
