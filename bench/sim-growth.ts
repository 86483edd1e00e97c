import http from "node:http";
import { randomUUID } from "node:crypto";
import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "../lib/catalogue";
import { signGrant, tokenRequestBody, type GrantSigner } from "./grant";
import { newRsaKey } from "./sim-setup";
import { percentile, round } from "./stats";

/**
 * Does the simulator slow down as it fills up? A fixed mix of simulator requests (a Maskinporten token, a new
 * access request, reading it by id and by external reference, reading the system) is timed one at a time when
 * the sandbox is nearly empty, then again after `fill` more access requests were stored (10,000 by default,
 * created over HTTP at concurrency 8). sim_growth_ratio = p95 after ÷ p95 before. Everything goes over HTTP to
 * one sandbox of the running server, so this measures the database queries as the simulator makes them.
 */
export interface GrowthResult {
  p95EmptyMs: number;
  p95FullMs: number;
  ratio: number;
  stored: number;
  fillMs: number;
  probes: number;
}

const CUSTOMER = "313367002";
const API = SKATTEETATEN_APIS.kravogbetalinger;
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

interface Res {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(
  method: string,
  url: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Res> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            headers: res.headers,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function expectOk(what: string, p: Promise<Res>): Promise<Res> {
  const res = await p;
  if (res.status >= 300) throw new Error(`${what} → ${res.status} ${res.body.slice(0, 200)}`);
  return res;
}

const json = (token?: string): Record<string, string> => ({
  "content-type": "application/json",
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

/** `base` is a simulator root such as `<origin>/sim/s/<sandbox>` or `<origin>/sim`. */
export async function measureSimGrowth(
  base: string,
  opts: { fill?: number; probes?: number } = {},
): Promise<GrowthResult> {
  const fill = opts.fill ?? 10_000;
  const probes = opts.probes ?? 60;
  const orgno = "314501373";
  const portal = JSON.parse(
    (await expectOk("login", request("POST", `${base}/samarbeid/login`, JSON.stringify({ orgno }), json())))
      .body,
  ) as { access_token: string };
  const scopes = [...ALTINN_SCOPES, API.scope];
  for (const scope of scopes) {
    await expectOk(
      "scope",
      request(
        "POST",
        `${base}/samarbeid/scopes/access`,
        JSON.stringify({ scope }),
        json(portal.access_token),
      ),
    );
  }
  const created = JSON.parse(
    (
      await expectOk(
        "client",
        request(
          "POST",
          `${base}/samarbeid/clients/`,
          JSON.stringify({
            integration_type: "maskinporten",
            client_name: "growth",
            description: "Growth benchmark",
            token_endpoint_auth_method: "private_key_jwt",
            grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
            scopes,
          }),
          json(portal.access_token),
        ),
      )
    ).body,
  ) as { client_id: string };
  const key = newRsaKey();
  await expectOk(
    "jwks",
    request(
      "POST",
      `${base}/samarbeid/clients/${created.client_id}/jwks`,
      JSON.stringify({ keys: [key.publicJwk] }),
      json(portal.access_token),
    ),
  );
  const signer: GrantSigner = {
    clientId: created.client_id,
    kid: key.kid,
    privateKey: key.privateKey,
    audience: `${base}/maskinporten/`,
  };
  const token = async (): Promise<string> => {
    const res = await expectOk(
      "token",
      request(
        "POST",
        `${base}/maskinporten/token`,
        tokenRequestBody(signGrant(signer, { scope: ALTINN_SCOPES.join(" ") })),
        {
          "content-type": "application/x-www-form-urlencoded",
        },
      ),
    );
    return (JSON.parse(res.body) as { access_token: string }).access_token;
  };
  const altinn = `${base}/altinn/authentication/api/v1`;
  const systemId = `${orgno}_growth`;
  let bearer = await token();
  await expectOk(
    "system",
    request(
      "POST",
      `${altinn}/systemregister/vendor`,
      JSON.stringify({
        id: systemId,
        vendor: { authority: "iso6523-actorid-upis", ID: `0192:${orgno}` },
        name: { nb: "Vekst", nn: "Vekst", en: "Growth" },
        description: { nb: "Vekst", nn: "Vekst", en: "Growth" },
        rights: [{ resource: [{ id: "urn:altinn:resource", value: API.resource }] }],
        clientId: [created.client_id],
        isVisible: false,
      }),
      json(bearer),
    ),
  );
  const newRequest = (ref: string) =>
    request(
      "POST",
      `${altinn}/systemuser/request/vendor`,
      JSON.stringify({
        systemId,
        partyOrgNo: CUSTOMER,
        externalRef: ref,
        rights: [{ resource: [{ id: "urn:altinn:resource", value: API.resource }] }],
      }),
      json(bearer),
    );

  /** One round of the mix, each call timed alone. */
  const samples = async (): Promise<number[]> => {
    const times: number[] = [];
    const time = async <T>(p: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const r = await p();
      times.push(performance.now() - t);
      return r;
    };
    for (let i = 0; i < probes; i++) {
      bearer = await time(token);
      const ref = randomUUID();
      const created = await time(() => expectOk("probe request", newRequest(ref)));
      const id = (JSON.parse(created.body) as { id: string }).id;
      await time(() =>
        expectOk(
          "by id",
          request("GET", `${altinn}/systemuser/request/vendor/${id}`, undefined, json(bearer)),
        ),
      );
      await time(() =>
        expectOk(
          "by ref",
          request(
            "GET",
            `${altinn}/systemuser/request/vendor/byexternalref/${systemId}/${CUSTOMER}/${ref}`,
            undefined,
            json(bearer),
          ),
        ),
      );
      await time(() =>
        expectOk(
          "system",
          request("GET", `${altinn}/systemregister/vendor/${systemId}`, undefined, json(bearer)),
        ),
      );
    }
    return times;
  };

  await samples(); // warm-up: JIT, connection pool, query plans
  const empty = await samples();
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < fill) {
        next++;
        if (next % 2000 === 0) bearer = await token();
        await expectOk("fill", newRequest(randomUUID()));
      }
    }),
  );
  const fillMs = performance.now() - t;
  bearer = await token();
  await samples();
  const full = await samples();
  const p95EmptyMs = percentile(empty, 95) ?? 0;
  const p95FullMs = percentile(full, 95) ?? 0;
  return {
    p95EmptyMs: round(p95EmptyMs) ?? 0,
    p95FullMs: round(p95FullMs) ?? 0,
    ratio: round(p95FullMs / p95EmptyMs, 2) ?? 0,
    stored: fill + probes * 5 * 4,
    fillMs: Math.round(fillMs),
    probes: empty.length,
  };
}
