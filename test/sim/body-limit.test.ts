import { beforeAll, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "@/lib/catalogue";
import { MAX_BODY_BYTES } from "@/lib/simulator/http";
import { dispatch, newSim, PUBLIC_URL, sandboxed, type TestSim } from "../support/sim";
import { fetchAccessToken, setupVendor } from "../support/vendor";

/**
 * Request bodies are counted while they stream in: past 256 KB the simulator stops reading, cancels the rest and
 * answers 413 in the addressed service's own error shape, whether or not the body declared its length.
 */
const MB = 1024 * 1024;
let sim: TestSim;
let altinnToken: string;
beforeAll(async () => {
  sim = await newSim();
  const vendor = await setupVendor(sim, { orgno: "314500008", scopes: [...ALTINN_SCOPES] });
  altinnToken = await fetchAccessToken(sim, vendor);
});

/** A chunked body of up to `total` bytes, made as it is read, that counts what was read and whether it was cancelled. */
function hugeBody(total = 128 * MB) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

function post(path: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return dispatch(
    sim,
    new Request(`${PUBLIC_URL}${sandboxed(sim, path)}`, {
      method: "POST",
      headers,
      body,
      duplex: "half",
    } as RequestInit),
  );
}

const CASES: {
  name: string;
  path: string;
  type: string;
  bearer?: boolean;
  check: (body: unknown) => void;
}[] = [
  {
    name: "Maskinporten",
    path: "/sim/maskinporten/token",
    type: "application/x-www-form-urlencoded",
    check: (b) =>
      expect(b).toMatchObject({
        error: "invalid_request",
        error_description: expect.stringMatching(/\(MP-011\)$/),
      }),
  },
  {
    name: "self-service",
    path: "/sim/samarbeid/login",
    type: "application/json",
    check: (b) => expect(b).toMatchObject({ error: "invalid_request" }),
  },
  {
    name: "Altinn",
    path: "/sim/altinn/authentication/api/v1/systemregister/vendor",
    type: "application/json",
    bearer: true,
    check: (b) => expect(b).toMatchObject({ status: 413, title: "Payload Too Large" }),
  },
  {
    name: "Skatteetaten",
    path: "/sim/skatteetaten/innrapporteringboligselskap/v1/2024",
    type: "application/json",
    check: (b) => expect(b).toMatchObject({ kode: "GLD_008" }),
  },
  {
    name: "controls",
    path: "/sim/_control/clock",
    type: "application/json",
    check: (b) => expect(b).toEqual({ error: "invalid_request", reason: "too-large" }),
  },
];

describe("a chunked body over the limit", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: 413 in its shape, the rest never read",
    async (_n, c) => {
      const { stream, seen } = hugeBody();
      const headers: Record<string, string> = { "content-type": c.type };
      if (c.bearer) headers.authorization = `Bearer ${altinnToken}`;
      const res = await post(c.path, stream, headers);
      expect(res.status).toBe(413);
      c.check(await res.json());
      expect(seen.pulled).toBeLessThan(2 * MB);
      expect(seen.cancelled).toBe(true);
    },
  );

  it("is refused at once when its declared length is over the limit", async () => {
    const { stream, seen } = hugeBody();
    const res = await post("/sim/maskinporten/token", stream, {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(128 * MB),
    });
    expect(res.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("ten 128 MB bodies at once cost next to nothing", async () => {
    const bodies = Array.from({ length: 10 }, () => hugeBody());
    const rssBefore = process.memoryUsage().rss;
    const answers = await Promise.all(
      bodies.map(({ stream }) =>
        post("/sim/samarbeid/login", stream, { "content-type": "application/json" }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(10).fill(413));
    expect(bodies.reduce((n, b) => n + b.seen.pulled, 0)).toBeLessThan(10 * 2 * MB);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MB);
  });
});

describe("a body at the limit", () => {
  it("is read and judged on its content", async () => {
    const prefix = `grant_type=${encodeURIComponent(JWT_BEARER_GRANT)}&assertion=`;
    const body = prefix + "x".repeat(MAX_BODY_BYTES - prefix.length);
    const res = await post("/sim/maskinporten/token", body, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_description: string }).error_description).toMatch(/\(MP-011\)$/);
  });
});
