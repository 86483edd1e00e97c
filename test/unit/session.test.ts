import { describe, expect, it } from "vitest";
import { seal, sessionKey, splitChunks, unseal } from "@/lib/session/crypto";
import { handleHash, newHandle } from "@/lib/session/handle";
import { assembleState, changedParts, decodePart, partDef, PARTS, stableJson } from "@/lib/session/parts";
import { initialState, STEP_IDS, wizardStateSchema, type WizardState } from "@/lib/session/state";

const KEY_META = {
  kid: "sbw-1",
  publicJwk: { kty: "RSA", n: "public-n", e: "AQAB", kid: "sbw-1", alg: "RS256", use: "sig" },
  source: "generated",
  createdAt: 1,
} as const;

describe("session handle", () => {
  it("is 32 random bytes, base64url, and only a well-formed handle is hashed (to SHA-256)", () => {
    const a = newHandle();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(newHandle());
    expect(handleHash(a)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(handleHash(a)).not.toBe(a);
    for (const odd of [undefined, "", "short", `${a}x`, "a".repeat(42) + "!", "sbw.0"])
      expect(handleHash(odd)).toBeNull();
  });
});

describe("state parts", () => {
  it("cover every field of the state exactly once", () => {
    const fields = PARTS.flatMap((p) => p.fields).sort();
    // Every field of the state's schema, optional ones included: a new field must be given to a part.
    const stateFields = Object.keys(wizardStateSchema.shape).filter((f) => f !== "v");
    expect(fields).toEqual(stateFields.sort());
    for (const p of PARTS) if (p.redo) expect(STEP_IDS).toContain(p.redo);
  });

  it("round-trip a full state through stored JSON", () => {
    const state: WizardState = {
      ...initialState("test"),
      vendor: { orgno: "974761076", name: "SKATTEETATEN" },
      apis: ["kravogbetalinger"],
      scopes: { "skatteetaten:kravogbetalinger": "granted" },
      key: { ...KEY_META, downloaded: true },
      client: { clientId: "c", scopes: ["a"], origin: "manual", kid: "sbw-1" },
      done: { onboarding: { at: 1, fp: "x" } },
    };
    const rows = changedParts(assembleState([], null, "test").snapshot, state).map((c) => ({
      part: c.part,
      schemaVersion: c.schemaVersion,
      data: JSON.parse(JSON.stringify(c.data)) as unknown,
      version: 1,
    }));
    const back = assembleState(rows, { kid: "sbw-1", downloaded: true }, "simulator");
    expect(back.state).toEqual(state);
    expect(changedParts(back.snapshot, back.state)).toEqual([]);
    // `downloaded` is the key store's to say, not the part's.
    expect(JSON.stringify(rows)).not.toContain("downloaded");
  });

  it("migrate the first release's client part (private key inside) to the current shape", () => {
    const v1 = { key: { ...KEY_META, privatePkcs8: "MIIE-secret", downloaded: true } };
    const decoded = decodePart(partDef("client"), 1, v1);
    expect(decoded).toEqual({ ok: true, data: { key: KEY_META } });
  });

  it("name why a part cannot be read: unreadable, too old, too new", () => {
    const scopes = partDef("scopes");
    expect(decodePart(scopes, 1, { apis: "x", scopes: {} })).toEqual({ ok: false, reason: "unreadable" });
    expect(decodePart(scopes, 1, null)).toEqual({ ok: false, reason: "unreadable" });
    expect(decodePart(scopes, 0, { apis: [], scopes: {} })).toEqual({ ok: false, reason: "tooOld" });
    expect(decodePart(scopes, 2, { apis: [], scopes: {} })).toEqual({ ok: false, reason: "tooNew" });
    expect(decodePart(partDef("client"), 1, "not an object")).toEqual({ ok: false, reason: "unreadable" });
  });

  it("report a changed part only when its stored value differs (key order does not count)", () => {
    const { snapshot, state } = assembleState(
      [
        {
          part: "scopes",
          schemaVersion: 1,
          data: { scopes: { b: "granted", a: "ordered" }, apis: [] },
          version: 3,
        },
      ],
      null,
      "simulator",
    );
    expect(changedParts(snapshot, { ...state, scopes: { a: "ordered", b: "granted" } })).toEqual([]);
    expect(changedParts(snapshot, { ...state, apis: ["kravogbetalinger"] })).toEqual([
      {
        part: "scopes",
        schemaVersion: 1,
        data: { apis: ["kravogbetalinger"], scopes: { a: "ordered", b: "granted" } },
        expected: 3,
      },
    ]);
    expect(stableJson({ b: 1, a: { d: undefined, c: [2, { z: 1, y: 0 }] } })).toBe(
      '{"a":{"c":[2,{"y":0,"z":1}]},"b":1}',
    );
  });
});

describe("first release's cookies (read once, to import)", () => {
  const key = sessionKey("a-test-secret-that-is-long-enough-0123456789");

  it("open with the secret they were sealed with", async () => {
    const state = { v: 1, env: "test", vendor: { orgno: "974761076", name: "SKATTEETATEN" } };
    expect(await unseal(await seal(state, key), key)).toEqual(state);
  });

  it("do not reveal the state in the sealed token", async () => {
    const token = await seal({ secret: "PRIVATE-KEY-MATERIAL" }, key);
    expect(token).not.toContain("PRIVATE");
    expect(Buffer.from(token.split(".")[3] ?? "", "base64url").toString("latin1")).not.toContain("PRIVATE");
  });

  it("refuse a token sealed with another secret, a tampered one, and garbage", async () => {
    expect(
      await unseal(await seal({}, sessionKey("another-secret-that-is-long-enough-0123456789")), key),
    ).toBeNull();
    const parts = (await seal({}, key)).split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString("base64url");
    expect(await unseal(parts.join("."), key)).toBeNull();
    expect(await unseal("garbage", key)).toBeNull();
  });

  it("were split into cookie-sized chunks", () => {
    const chunks = splitChunks("x".repeat(9000));
    expect(chunks.length).toBe(3);
    expect(chunks.join("")).toHaveLength(9000);
  });
});
