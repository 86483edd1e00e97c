import { json, lines, sh, ts } from "./quote";

/**
 * A bearer-authenticated JSON call as curl and as TypeScript fetch. The token is always `$ACCESS_TOKEN` /
 * `process.env.ACCESS_TOKEN`, with a comment saying which token it must be.
 */
export interface HttpCall {
  method: "GET" | "POST" | "PUT";
  url: string;
  /** Which token `$ACCESS_TOKEN` must hold (one line, English, as code comments are). */
  token: string;
  body?: unknown;
  /** Extra headers; a value of `{ shell, ts }` is computed when the snippet runs (e.g. a new UUID). */
  headers?: Record<string, string | { shell: string; ts: string }>;
  /** What to read from the answer. */
  note?: string;
}

export function curlCall(c: HttpCall): string {
  const extra = Object.entries(c.headers ?? {}).map(([name, v]) =>
    typeof v === "string" ? `-H ${sh(`${name}: ${v}`)}` : `-H "${name}: ${v.shell}"`,
  );
  const hasBody = c.body !== undefined;
  const cmd = lines(
    `curl -sS -i -X ${c.method} ${sh(c.url)}`,
    `-H "Authorization: Bearer $ACCESS_TOKEN"`,
    `-H 'Accept: application/json'`,
    hasBody && `-H 'Content-Type: application/json'`,
    ...extra,
    hasBody && `--data-binary @- <<'JSON'`,
  );
  return [
    `# $ACCESS_TOKEN: ${c.token}`,
    c.note ? `# ${c.note}` : null,
    hasBody ? `${cmd}\n${JSON.stringify(c.body, null, 2)}\nJSON` : cmd,
  ]
    .filter((l): l is string => l !== null)
    .join("\n");
}

export function tsCall(c: HttpCall): string {
  const headers = [
    "    Authorization: `Bearer ${accessToken}`,",
    `    Accept: "application/json",`,
    c.body !== undefined ? `    "Content-Type": "application/json",` : null,
    ...Object.entries(c.headers ?? {}).map(
      ([name, v]) => `    ${ts(name)}: ${typeof v === "string" ? ts(v) : v.ts},`,
    ),
  ].filter((l): l is string => l !== null);
  return [
    `// ACCESS_TOKEN: ${c.token}`,
    c.note ? `// ${c.note}` : null,
    `const accessToken = process.env.ACCESS_TOKEN;`,
    `const res = await fetch(${ts(c.url)}, {`,
    `  method: ${ts(c.method)},`,
    `  headers: {`,
    ...headers,
    `  },`,
    c.body !== undefined ? `  body: JSON.stringify(${json(c.body, 2)}),` : null,
    `});`,
    `console.log(res.status, res.headers.get("Korrelasjonsid") ?? "");`,
    `console.log(await res.text());`,
  ]
    .filter((l): l is string => l !== null)
    .join("\n");
}
