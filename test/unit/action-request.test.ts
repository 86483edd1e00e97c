import { spawnSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";
import { describe, expect, it } from "vitest";
import {
  ACTION_LIMITS,
  checkArgumentsJson,
  checkArgumentsText,
  checkFetchActionForm,
  checkFormPost,
  checkPagePost,
  jsonDepth,
  type Verdict,
} from "@/lib/http/action-request";

/**
 * The proxy's check of server-action bodies (lib/http/action-request.ts) against React's own reply codec,
 * the one Next uses: what this app's pages send (React's `encodeReply` of form values and FormData) is
 * admitted, and whatever is admitted decodes without an error (so Next never answers it with a 500).
 */

const utf8 = (s: string) => new TextEncoder().encode(s);

async function encoded(args: unknown[]): Promise<Verdict> {
  const body = await encodeReply(args);
  if (typeof body === "string") return checkArgumentsText(utf8(body));
  return checkFetchActionForm(body as FormData);
}

/** React's decoder, run in a child with the react-server condition (it refuses to load without it). */
function decodeAll(bodies: { text?: string; parts?: [string, string][] }[]): string[] {
  const script = path.resolve("test/support/decode-reply.mjs");
  const run = spawnSync(process.execPath, ["--conditions=react-server", script], {
    input: bodies.map((b) => JSON.stringify(b)).join("\n") + "\n",
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as string);
}

// Form-like values: what react-hook-form hands an action (keys never `__proto__`, which no form has).
const key = fc.string({ maxLength: 8 }).filter((k) => !["__proto__", "constructor", "prototype"].includes(k));
const leaf = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 8 }).map((s) => "$" + s),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
  fc.bigInt(),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
}));

describe("what the pages send is admitted", () => {
  it("any form-like argument, as encodeReply writes it (text body)", async () => {
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        expect(await encoded([v])).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it("an object that appears twice (encodeReply writes the second as a $0:path reference)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 3, noNullPrototype: true }),
        async (shared) => {
          const args = [{ a: shared, b: [shared, { c: shared }] }];
          expect(await encoded(args)).toEqual({ ok: true });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a form's FormData (the language switch, start over), with and without JavaScript", async () => {
    const fd = new FormData();
    fd.append("locale", "en");
    fd.append("$ACTION_ID_00537cc5108cbcc32ec3f4da24894a7465b81a90bc", "");
    expect(await encoded([fd])).toEqual({ ok: true });
    expect(await encoded([new FormData()])).toEqual({ ok: true });
    expect(checkFormPost(fd)).toEqual({ ok: true });
  });
});

describe("malformed bodies get a 4xx, not Next's 500", () => {
  const text = (s: string) => checkArgumentsText(utf8(s));
  it.each([
    ["not JSON", "hello"],
    ["an object", '{"a":1}'],
    ["a string", '"x"'],
    ["null", "null"],
    ["empty", ""],
    ["too many arguments", JSON.stringify(Array.from({ length: ACTION_LIMITS.maxArgs + 1 }, () => 0))],
    ["deep nesting", "[".repeat(10_000) + "]".repeat(10_000)],
    ["a reference to a missing part", '["$1"]'],
    ["a promise", '["$@1"]'],
    ["a server reference", '["$h1"]'],
    ["a map", '["$Q1"]'],
    ["a temporary reference", '["$T"]'],
    ["a bigint that is not one", '["$nabc"]'],
    ["a date that is not one", '["$Dnope"]'],
    ["FormData outside multipart", '["$K1"]'],
    ["a path through the prototype", '[{"a":{}},"$0:0:constructor:prototype"]'],
    ["a path to nothing", '[{"a":{}},"$0:0:b"]'],
    ["the root itself", '["$0"]'],
  ])("%s → 400", (_, body) => {
    expect(text(body)).toMatchObject({ ok: false, status: 400 });
  });

  it("bytes that are not UTF-8 → 400", () => {
    expect(checkArgumentsText(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toMatchObject({ status: 400 });
  });

  it("multipart: no root, two roots, stray parts, files", () => {
    const form = (entries: [string, string | Blob][]) => {
      const f = new FormData();
      for (const [k, v] of entries) f.append(k, v);
      return f;
    };
    expect(checkFetchActionForm(form([["_1_x", "y"]]))).toMatchObject({ status: 400 });
    expect(
      checkFetchActionForm(
        form([
          ["0", "[]"],
          ["0", "[]"],
        ]),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      checkFetchActionForm(
        form([
          ["0", "[]"],
          ["1", "[]"],
        ]),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      checkFetchActionForm(
        form([
          ["0", '["$K1"]'],
          ["_1_f", new Blob(["x"])],
        ]),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      checkFormPost(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", "{}"],
        ]),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      checkFormPost(
        form([
          ["$ACTION_ID_ab", ""],
          ["$ACTION_ID_cd", ""],
        ]),
      ),
    ).toMatchObject({ status: 400 });
  });

  it("by content type and header, before reading the body", async () => {
    const read = async () => utf8("[]");
    const h = (init: Record<string, string>) => new Headers(init);
    const id = "7f" + "0".repeat(40);
    expect(
      await checkPagePost(h({ "next-action": id, "content-type": "application/json" }), read),
    ).toMatchObject({
      status: 415,
    });
    expect(await checkPagePost(h({ "next-action": "not hex" }), read)).toMatchObject({ status: 400 });
    expect(await checkPagePost(h({ "next-action": id }), async () => null)).toMatchObject({ status: 413 });
    expect(
      await checkPagePost(h({ "next-action": id, "content-type": "multipart/form-data" }), read),
    ).toMatchObject({
      status: 400,
    });
    // Not an action: left to Next.
    expect(await checkPagePost(h({ "content-type": "application/json" }), read)).toEqual({ ok: true });
  });

  it("measures depth without parsing, ignoring brackets in strings", () => {
    expect(jsonDepth('[{"a":"[[[["}]')).toBe(2);
    expect(jsonDepth('["\\"[["]')).toBe(1);
  });
});

describe("whatever is admitted, React decodes", () => {
  // Strings a hand-made request might carry, React's encodings among them.
  const token = fc.constantFrom(
    ...[
      "$1",
      "$@0",
      "$@1",
      "$K1",
      "$Q1",
      "$W1",
      "$i1",
      "$B1",
      "$h1",
      "$F1",
      "$T",
      "$Z",
      "$",
      "$0",
      "$0:0",
      "$0:0:a",
    ],
    ...[
      "$0:0:a:b",
      "$0:1",
      "$0:__proto__",
      "$D2020-01-01T00:00:00.000Z",
      "$Dx",
      "$n12",
      "$n-1",
      "$nx",
      "$undefined",
    ],
    ...[
      "$NaN",
      "$Infinity",
      "$-Infinity",
      "$-0",
      "$$x",
      "$S",
      "$R1",
      "$r1",
      "$X1",
      "$x1",
      "$A1",
      "$o1",
      "$V1",
      "$H",
    ],
  );
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", maxDepth: 5 },
      token,
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.constant(null),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom("a", "b", "0", "__proto__", "then"), tie("node"), {
        maxKeys: 3,
        noNullPrototype: true,
      }),
    ),
  }));
  const root = fc.oneof(fc.array(node, { maxLength: 3 }), node);

  it("text bodies", () => {
    const bodies = fc.sample(root, { numRuns: 3000, seed: 42 }).map((r) => JSON.stringify(r));
    const admitted = bodies.filter((b) => checkArgumentsJson(b, false).ok);
    expect(admitted.length).toBeGreaterThan(200);
    const verdicts = decodeAll(admitted.map((text) => ({ text })));
    const failures = admitted.filter((_, i) => verdicts[i] !== "ok").map((b, i) => `${b} → ${verdicts[i]}`);
    expect(failures).toEqual([]);
  });

  it("multipart bodies with FormData fields", () => {
    const bodies = fc.sample(root, { numRuns: 1500, seed: 7 }).map((r) => JSON.stringify(r));
    const admitted = bodies.filter((b) => checkArgumentsJson(b, true).ok);
    const parts = admitted.map((b): [string, string][] => [
      ["0", b],
      ["_1_locale", "en"],
    ]);
    const verdicts = decodeAll(parts.map((p) => ({ parts: p })));
    expect(admitted.filter((_, i) => verdicts[i] !== "ok")).toEqual([]);
  });

  it("(the harness can fail: much of what is refused does not decode)", () => {
    const refused = fc
      .sample(root, { numRuns: 400, seed: 3 })
      .map((r) => JSON.stringify(r))
      .filter((b) => !checkArgumentsJson(b, false).ok);
    const verdicts = decodeAll(refused.map((text) => ({ text })));
    expect(verdicts.filter((v) => v !== "ok").length).toBeGreaterThan(refused.length / 4);
  });
});
