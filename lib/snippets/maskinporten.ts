import { JWT_BEARER_GRANT, ORG_AUTHORITY, SYSTEMUSER_RAR_TYPE } from "../catalogue";
import { json, lines, sh, ts } from "./quote";
import { PLACEHOLDER, type Snippet, type SnippetContext } from "./types";

/**
 * The Maskinporten token request (contracts §1.1–1.4): a JWT grant signed with the client's key, posted
 * form-encoded. The curl variant signs with openssl so it runs as it stands; the TypeScript variant uses
 * jose. Both read the key from a file the user names — the wizard never puts key material in a snippet.
 */
interface GrantSpec {
  scopes: string[];
  authorizationDetails?: unknown[];
}

function grantBase(ctx: SnippetContext, g: GrantSpec): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    aud: ctx.maskinporten.issuer,
    iss: ctx.clientId,
    scope: g.scopes.join(" "),
  };
  if (g.authorizationDetails) claims.authorization_details = g.authorizationDetails;
  return claims;
}

export function systemUserAuthorizationDetails(ctx: SnippetContext): unknown[] {
  const detail: Record<string, unknown> = {
    type: SYSTEMUSER_RAR_TYPE,
    systemuser_org: { authority: ORG_AUTHORITY, ID: `0192:${ctx.customerOrgNo}` },
  };
  if (ctx.externalRef) detail.externalRef = ctx.externalRef;
  return [detail];
}

function curlTokenRequest(ctx: SnippetContext, g: GrantSpec, purpose: string): string {
  const header = JSON.stringify({ alg: "RS256", kid: ctx.kid });
  const base = JSON.stringify(grantBase(ctx, g));
  // iat, exp and jti are filled in by the shell when the command runs: a grant lives at most 120 s and its
  // jti is single-use, so a copied grant with fixed values would fail (MP-130 / MP-012).
  const claims =
    sh(`${base.slice(0, -1)},"iat":`) +
    '"$NOW"' +
    sh(',"exp":') +
    '"$((NOW + 120))"' +
    sh(',"jti":"') +
    '"$(openssl rand -hex 16)"' +
    sh('"}');
  return [
    `# ${purpose}`,
    `# Needs openssl and curl. The key is your private key from step 3 (PEM, PKCS#8).`,
    `KEY=${sh(PLACEHOLDER.privateKey)}`,
    `b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }`,
    `NOW=$(date +%s)`,
    `HEADER=$(printf '%s' ${sh(header)} | b64url)`,
    `CLAIMS=$(printf '%s' ${claims} | b64url)`,
    `SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -sign "$KEY" | b64url)`,
    "",
    `RESPONSE=$(${lines(
      `curl -sS -X POST ${sh(ctx.maskinporten.tokenEndpoint)}`,
      `-H 'Content-Type: application/x-www-form-urlencoded'`,
      `--data-urlencode ${sh(`grant_type=${JWT_BEARER_GRANT}`)}`,
      `--data-urlencode "assertion=$HEADER.$CLAIMS.$SIGNATURE")`,
    )}`,
    `echo "$RESPONSE"`,
    `ACCESS_TOKEN=$(printf '%s' "$RESPONSE" | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')`,
  ].join("\n");
}

function tsTokenRequest(ctx: SnippetContext, g: GrantSpec, purpose: string): string {
  const extra: string[] = [`  scope: ${ts(g.scopes.join(" "))},`];
  if (g.authorizationDetails) extra.push(`  authorization_details: ${json(g.authorizationDetails, 2)},`);
  return [
    `// ${purpose}`,
    `// npm install jose   (Node 20+: fetch and crypto.randomUUID are built in)`,
    `import { readFile } from "node:fs/promises";`,
    `import { importPKCS8, SignJWT } from "jose";`,
    ``,
    `const privateKey = await importPKCS8(await readFile(${ts(PLACEHOLDER.privateKey)}, "utf8"), "RS256");`,
    `const now = Math.floor(Date.now() / 1000);`,
    `const assertion = await new SignJWT({`,
    ...extra,
    `})`,
    `  .setProtectedHeader({ alg: "RS256", kid: ${ts(ctx.kid)} })`,
    `  .setAudience(${ts(ctx.maskinporten.issuer)}) // the issuer, not the token URL`,
    `  .setIssuer(${ts(ctx.clientId)})`,
    `  .setIssuedAt(now)`,
    `  .setExpirationTime(now + 120) // at most 120 s`,
    `  .setJti(crypto.randomUUID()) // single use`,
    `  .sign(privateKey);`,
    ``,
    `const res = await fetch(${ts(ctx.maskinporten.tokenEndpoint)}, {`,
    `  method: "POST",`,
    `  headers: { "Content-Type": "application/x-www-form-urlencoded" },`,
    `  body: new URLSearchParams({ grant_type: ${ts(JWT_BEARER_GRANT)}, assertion }),`,
    `});`,
    `if (!res.ok) throw new Error(\`Maskinporten \${res.status}: \${await res.text()}\`);`,
    `const { access_token: accessToken, expires_in: expiresIn } = (await res.json()) as { access_token: string; expires_in: number };`,
    `console.log(\`Token valid for \${expiresIn} s\`, accessToken);`,
  ].join("\n");
}

/** Step 3: the vendor's own token with the three Altinn scopes (no authorization_details). */
export function vendorTokenSnippet(ctx: SnippetContext): Snippet {
  const g = { scopes: ctx.altinnScopes };
  const purpose = "Vendor token from Maskinporten with the Altinn scopes (plain JWT grant).";
  return {
    id: "maskinporten-token",
    step: "client",
    method: "POST",
    url: ctx.maskinporten.tokenEndpoint,
    curl: curlTokenRequest(ctx, g, purpose),
    typescript: tsTokenRequest(ctx, g, purpose),
  };
}

/** Step 6: a token for the customer's system user (authorization_details) with the chosen APIs' scopes. */
export function systemUserTokenSnippet(ctx: SnippetContext): Snippet {
  const g = { scopes: ctx.apiScopes, authorizationDetails: systemUserAuthorizationDetails(ctx) };
  const purpose = `System-user token for customer ${ctx.customerOrgNo} (JWT grant with authorization_details).`;
  return {
    id: "maskinporten-systemuser-token",
    step: "token",
    method: "POST",
    url: ctx.maskinporten.tokenEndpoint,
    curl: curlTokenRequest(ctx, g, purpose),
    typescript: tsTokenRequest(ctx, g, purpose),
  };
}
