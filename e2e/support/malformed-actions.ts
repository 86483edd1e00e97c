import { readFileSync } from "node:fs";
import path from "node:path";
import { streamOf, type Body, type RawRequest } from "./raw-http";

export { send, streamOf } from "./raw-http";

/**
 * A corpus of malformed server-action requests for every action the build has (sent with raw-http.ts).
 */

export interface ActionTarget {
  /** The page the action is posted to, e.g. "/system". */
  page: string;
  /** The `next-action` id (42 hex digits). */
  id: string;
  /** The exported name, for messages. */
  name: string;
}

/**
 * Every server action of every page, from the build's server-reference manifest (the same ids the client
 * chunks carry in `createServerReference("…")`). Pages under (group) folders are served without the group.
 */
export function actionTargets(distDir = path.resolve(".next")): ActionTarget[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const targets: ActionTarget[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    for (const worker of Object.keys(entry.workers)) {
      if (!worker.endsWith("/page") || worker.includes("_not-found")) continue;
      const route = worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/");
      targets.push({ page: route || "/", id, name: entry.exportedName ?? id });
    }
  }
  return targets;
}

export interface Probe extends RawRequest {
  /** 413 for bodies over the limit; otherwise any status below 500. */
  expect: "4xx-or-ok" | 413;
  /**
   * A well-formed argument list with wrong values: it gets past the proxy and Next's decoder, so the
   * action's own input check decides (a 200 with a field message is fine).
   */
  reachesAction?: boolean;
}

const MB = 1024 * 1024;

function multipart(boundary: string, parts: [string, string][], closing = true): string {
  const body = parts.map(
    ([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return body.join("") + (closing ? `--${boundary}--\r\n` : "");
}

/** The requests for one action; `origin` is the server's own origin (a foreign one is tested separately). */
export function corpus(target: ActionTarget, origin: string): Probe[] {
  const fetchHeaders = (id: string, contentType?: string): Record<string, string> => ({
    origin,
    accept: "text/x-component",
    "next-action": id,
    "next-router-state-tree": encodeURIComponent(
      JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true]),
    ),
    ...(contentType ? { "content-type": contentType } : {}),
  });
  const text = (name: string, body: Body, id = target.id): Probe => ({
    name,
    headers: fetchHeaders(id, "text/plain;charset=UTF-8"),
    body,
    expect: "4xx-or-ok",
  });
  const args = (name: string, body: string): Probe => ({ ...text(name, body), reachesAction: true });
  const b = "----sbwFuzzBoundary";
  const mp = (
    name: string,
    body: string,
    contentType = `multipart/form-data; boundary=${b}`,
    id = target.id,
  ): Probe => ({
    name,
    headers: fetchHeaders(id, contentType),
    body,
    expect: "4xx-or-ok",
  });
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const deepObj = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);
  return [
    // content types
    {
      name: "no content-type",
      headers: fetchHeaders(target.id),
      body: "[]",
      expect: "4xx-or-ok",
      reachesAction: true,
    },
    {
      name: "json content-type",
      headers: fetchHeaders(target.id, "application/json"),
      body: "[{}]",
      expect: "4xx-or-ok",
    },
    {
      name: "urlencoded",
      headers: fetchHeaders(target.id, "application/x-www-form-urlencoded"),
      body: "a=1",
      expect: "4xx-or-ok",
    },
    {
      name: "octet-stream",
      headers: fetchHeaders(target.id, "application/octet-stream"),
      body: "\x00\x01",
      expect: "4xx-or-ok",
    },
    {
      name: "empty body",
      headers: fetchHeaders(target.id, "text/plain;charset=UTF-8"),
      body: "",
      expect: "4xx-or-ok",
    },
    // JSON that is not an argument list
    text("not JSON", "hello"),
    text("truncated JSON", '[{"a":'),
    text("object, not an array", '{"a":1}'),
    text("string, not an array", '"x"'),
    text("number", "1"),
    text("null", "null"),
    // argument counts and types
    args("no arguments", "[]"),
    args("null argument", "[null]"),
    args("wrong types", '[{"orgno":123,"env":["x"],"apis":"all"}]'),
    args("string argument", '["x"]'),
    args("two arguments", "[{},{}]"),
    text("1001 arguments", JSON.stringify(Array.from({ length: 1001 }, () => 0))),
    args("prototype keys", '[{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}]'),
    args("long string", JSON.stringify(["x".repeat(500_000)])),
    // nesting
    text("deep array nesting", deep(100_000)),
    text("deep object nesting", `[${deepObj(50_000)}]`),
    // bytes that are not UTF-8
    text("invalid UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x5d])),
    args("lone surrogate escape", '["\\ud800"]'),
    // React Flight references a browser would only send with their parts
    text("$ reference to a missing part", '["$1"]'),
    text("$@ promise reference", '["$@1"]'),
    text("$F server reference", '["$F1"]'),
    text("$h server reference", '["$h1"]'),
    text("$K FormData reference", '["$K1"]'),
    text("$B blob reference", '["$B1"]'),
    text("$Q map reference", '["$Q1"]'),
    text("$W set reference", '["$W1"]'),
    text("$i iterator reference", '["$i1"]'),
    text("$T temporary reference", '["$T"]'),
    args("$n bigint", '["$n99999999999999999999999999"]'),
    text("$n not a number", '["$nxyz"]'),
    text("$D bad date", '["$Dnot-a-date"]'),
    text("$S symbol", '["$Sreact.element"]'),
    args("$ infinity/NaN", '["$Infinity","$NaN","$-0","$undefined"]'),
    text("$ self reference", '[{"a":"$0"}]'),
    text("$ path reference", '["$0:a:b:c:constructor:prototype"]'),
    text("$ references in a loop", '[{"then":"$1:then"}]'),
    text("$ unknown tag", '["$Z1"]'),
    // multipart
    mp("multipart without boundary", "x", "multipart/form-data"),
    mp("multipart with a wrong boundary", multipart("other", [["0", "[]"]])),
    mp("multipart cut short", multipart(b, [["0", "[]"]], false).slice(0, -3)),
    mp("multipart without part 0", multipart(b, [["1", "[]"]])),
    mp("multipart part 0 not JSON", multipart(b, [["0", "not json"]])),
    mp("multipart part 0 an object", multipart(b, [["0", '{"a":1}']])),
    mp("multipart missing referenced part", multipart(b, [["0", '["$K7"]']])),
    mp(
      "multipart $ reference loop",
      multipart(b, [
        ["0", '["$1"]'],
        ["1", '["$0"]'],
      ]),
    ),
    mp(
      "multipart 2000 parts",
      multipart(
        b,
        Array.from({ length: 2000 }, (_, i): [string, string] => [`p${i}`, "x"]),
      ),
    ),
    mp("multipart garbage", "--" + b + "\r\n\r\n\r\n\xff\xfe--"),
    // which action
    text("unknown action id", "[]", "7f" + "0".repeat(40)),
    text("action id not hex", "[]", "not-an-action"),
    text("action id toString", "[]", "toString"),
    text("action id __proto__", "[]", "__proto__"),
    text("action id empty", "[]", ""),
    text("action id very long", "[]", "7f".repeat(2000)),
    // a no-JS form post (MPA action) with broken fields
    {
      name: "form post with a broken $ACTION_REF",
      headers: { origin, "content-type": `multipart/form-data; boundary=${b}` },
      body: multipart(b, [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"' + target.id + '","bound":"$@1"}'],
      ]),
      expect: "4xx-or-ok",
    },
    {
      name: "form post with an unknown $ACTION_ID",
      headers: { origin, "content-type": `multipart/form-data; boundary=${b}` },
      body: multipart(b, [["$ACTION_ID_7f" + "0".repeat(40), ""]]),
      expect: "4xx-or-ok",
    },
    // size
    {
      name: "10 MB, content-length",
      headers: fetchHeaders(target.id, "text/plain;charset=UTF-8"),
      body: Buffer.alloc(10 * MB, 0x5b),
      expect: 413,
    },
    {
      name: "10 MB chunked",
      headers: fetchHeaders(target.id, "text/plain;charset=UTF-8"),
      body: streamOf(10 * MB),
      expect: 413,
    },
    {
      name: "10 MB multipart chunked",
      headers: fetchHeaders(target.id, `multipart/form-data; boundary=${b}`),
      body: streamOf(10 * MB, 0x61),
      expect: 413,
    },
    {
      name: "128 MB chunked",
      headers: fetchHeaders(target.id, "text/plain;charset=UTF-8"),
      body: streamOf(128 * MB),
      expect: 413,
    },
  ];
}
