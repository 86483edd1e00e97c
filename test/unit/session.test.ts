import { describe, expect, it } from "vitest";
import { seal, sessionKey, splitChunks, unseal } from "@/lib/session/crypto";
import { initialState, wizardStateSchema } from "@/lib/session/state";

describe("session encryption", () => {
  const key = sessionKey("a-test-secret-that-is-long-enough-0123456789");

  it("round-trips the wizard state", async () => {
    const state = { ...initialState(), vendor: { orgno: "974761076", name: "SKATTEETATEN" } };
    const token = await seal(state, key);
    expect(wizardStateSchema.parse(await unseal(token, key))).toEqual(state);
  });

  it("does not reveal the state in the sealed token", async () => {
    const token = await seal({ secret: "PRIVATE-KEY-MATERIAL" }, key);
    expect(token).not.toContain("PRIVATE");
    expect(Buffer.from(token.split(".")[3] ?? "", "base64url").toString("latin1")).not.toContain("PRIVATE");
  });

  it("refuses a token sealed with another secret", async () => {
    const token = await seal(initialState(), sessionKey("another-secret-that-is-long-enough-0123456789"));
    expect(await unseal(token, key)).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const token = await seal(initialState(), key);
    const parts = token.split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString("base64url");
    expect(await unseal(parts.join("."), key)).toBeNull();
    expect(await unseal("garbage", key)).toBeNull();
  });

  it("splits long tokens into cookie-sized chunks", () => {
    const chunks = splitChunks("x".repeat(9000));
    expect(chunks.length).toBe(3);
    expect(chunks.join("")).toHaveLength(9000);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(3800);
  });
});
