import { generateKeyPairSync, sign } from "node:crypto";

/**
 * The ceiling for anything that signs: RS256 signatures per second on one core with node:crypto and a
 * 2048-bit key. Every token request costs the client one signature (the grant) and the simulated
 * Maskinporten one (the access token), so token throughput cannot exceed about half of this per core.
 */
export interface CryptoResult {
  opsPerSecond: number;
  signatures: number;
  durationMs: number;
}

export function measureRs256(durationMs = 2000): CryptoResult {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  // A typical grant's signing input: base64url header "." base64url claims.
  const input = Buffer.from(`${"eyJhbGciOiJSUzI1NiIsImtpZCI6ImJlbmNoIn0"}.${"x".repeat(400)}`);
  for (let i = 0; i < 50; i++) sign("sha256", input, privateKey); // warm-up
  const start = performance.now();
  let n = 0;
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 20; i++) sign("sha256", input, privateKey);
    n += 20;
    elapsed = performance.now() - start;
  }
  return { opsPerSecond: Math.round((n / elapsed) * 1000), signatures: n, durationMs: Math.round(elapsed) };
}
