/**
 * Checks a POST to a page before Next decodes it as a server action. Next answers 500 to any body React's
 * reply decoder cannot take (a JSON root that is not an argument list, a `$` reference to a part that is
 * not there, a broken multipart body, 1,001 arguments, deep nesting…), before our action code runs and can
 * say 400. So the proxy admits only the shapes React's `encodeReply` produces for this app's actions, and
 * answers 4xx to the rest:
 *
 * - fetch actions (a `next-action` header): a text/plain body holding a JSON array of arguments, or a
 *   multipart body whose part "0" holds that array and whose other parts are the fields of FormData
 *   arguments (`_<n>_<name>`, referenced as `$K<n>`), as the language and "start over" forms send them;
 * - form posts without JavaScript (`$ACTION_ID_<id>` fields). Forms with bound arguments
 *   (`$ACTION_REF_…`) are refused: this app has none.
 *
 * Inside the arguments, strings that start with `$` are React's encodings; only those for plain values
 * (escaped `$$…`, undefined, NaN, ±Infinity, -0, dates, bigints) and a repeated object's path inside the
 * same argument list (`$0:a:b`) are admitted. Promises, maps, sets, blobs, streams, server references and
 * temporary references are never sent by this app's pages.
 */

export type Verdict = { ok: true } | { ok: false; status: 400 | 413 | 415; reason: string };

export const ACTION_LIMITS = {
  /** Arguments per call: this app's actions take one (the form values, or the form's FormData). */
  maxArgs: 8,
  /** Nesting of arrays and objects; forms here nest four deep at most. React revives recursively. */
  maxDepth: 32,
  /** Multipart parts; the forms here have a handful of fields. */
  maxParts: 64,
} as const;

const OK: Verdict = { ok: true };
const bad = (reason: string, status: 400 | 413 | 415 = 400): Verdict => ({ ok: false, status, reason });

/** The media type without parameters, lower-case; "" when absent. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * The verdict on one POST to a page. `body` is read only when the request can be an action; `readBody`
 * resolves to null when the body is over the limit.
 */
export async function checkPagePost(
  headers: Headers,
  readBody: () => Promise<Uint8Array | null>,
): Promise<Verdict> {
  const fetchAction = headers.has("next-action");
  // Next's ids are hex; anything else only makes Next log a warning before its 404.
  if (fetchAction && !/^[0-9a-f]{8,128}$/i.test(headers.get("next-action")!))
    return bad("malformed next-action header");
  const contentType = headers.get("content-type");
  const type = mediaType(contentType);
  if (fetchAction && type !== "" && type !== "text/plain" && type !== "multipart/form-data") {
    return bad(`unsupported content-type for a server action: ${type}`, 415);
  }
  // Not multipart and no action header: Next does not treat it as an action.
  if (!fetchAction && type !== "multipart/form-data") return OK;
  const body = await readBody();
  if (body === null) return bad("request body too large", 413);
  if (type !== "multipart/form-data") return checkArgumentsText(body);
  const form = await parseMultipart(contentType!, body);
  if (!form) return bad("malformed multipart body");
  return fetchAction ? checkFetchActionForm(form) : checkFormPost(form);
}

/** A text/plain action body: UTF-8 JSON, an array of arguments. */
export function checkArgumentsText(body: Uint8Array): Verdict {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return bad("body is not UTF-8");
  }
  return checkArgumentsJson(text, false);
}

async function parseMultipart(contentType: string, body: Uint8Array): Promise<FormData | null> {
  if (!/;\s*boundary=/i.test(contentType)) return null;
  try {
    return await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

function countEntries(form: FormData): number {
  let n = 0;
  form.forEach(() => n++);
  return n;
}

/** A multipart fetch action: part "0" is the argument list, the rest are FormData arguments' fields. */
export function checkFetchActionForm(form: FormData): Verdict {
  if (countEntries(form) > ACTION_LIMITS.maxParts) return bad("too many parts");
  const roots = form.getAll("0");
  if (roots.length !== 1 || typeof roots[0] !== "string") return bad('part "0" must be one text field');
  for (const [name, value] of form) {
    if (name === "0") continue;
    if (!/^_[0-9a-f]{1,8}_/.test(name)) return bad(`unexpected part ${JSON.stringify(name.slice(0, 40))}`);
    if (typeof value !== "string") return bad("file parts are not accepted");
  }
  return checkArgumentsJson(roots[0], true);
}

/** A form posted without JavaScript: one `$ACTION_ID_<id>` field, no bound arguments, no files. */
export function checkFormPost(form: FormData): Verdict {
  if (countEntries(form) > ACTION_LIMITS.maxParts) return bad("too many parts");
  let actionFields = 0;
  for (const [name, value] of form) {
    if (!name.startsWith("$ACTION_")) continue;
    if (!/^\$ACTION_ID_[0-9a-f]{2,64}$/.test(name))
      return bad("only plain $ACTION_ID_ form actions are accepted");
    actionFields++;
    if (typeof value !== "string") return bad("file parts are not accepted");
  }
  if (actionFields > 1) return bad("more than one action in one form post");
  // No `$ACTION_` field at all: not an action; Next renders the page as for any POST.
  for (const [, value] of form) if (typeof value !== "string") return bad("file parts are not accepted");
  return OK;
}

/** The argument list as JSON, with React's `$` encodings checked (see the module comment). */
export function checkArgumentsJson(text: string, multipart: boolean): Verdict {
  if (jsonDepth(text) > ACTION_LIMITS.maxDepth) return bad("nested too deeply");
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return bad("arguments are not JSON");
  }
  if (!Array.isArray(root)) return bad("arguments are not a list");
  if (root.length > ACTION_LIMITS.maxArgs) return bad("too many arguments");
  const problem = findBadString(root, root, multipart);
  return problem ? bad(problem) : OK;
}

/** The deepest nesting of arrays and objects, read without parsing (so a deep body costs one pass). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) max = Math.max(max, ++depth);
    else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return max;
}

/** The first string with a `$` encoding this app never sends, as a reason; null when all are fine. */
function findBadString(value: unknown, root: unknown[], multipart: boolean): string | null {
  if (typeof value === "string") return value.startsWith("$") ? checkDollar(value, root, multipart) : null;
  if (value === null || typeof value !== "object") return null;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const problem = findBadString(v, root, multipart);
    if (problem) return problem;
  }
  return null;
}

const PLAIN_VALUES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function checkDollar(s: string, root: unknown[], multipart: boolean): string | null {
  const what = JSON.stringify(s.slice(0, 24));
  if (s.startsWith("$$") || PLAIN_VALUES.has(s)) return null;
  if (s.startsWith("$D")) return Number.isNaN(Date.parse(s.slice(2))) ? `invalid date ${what}` : null;
  if (s.startsWith("$n")) return /^-?\d{1,300}$/.test(s.slice(2)) ? null : `invalid bigint ${what}`;
  if (s.startsWith("$K")) {
    if (!multipart) return `FormData reference outside a multipart body ${what}`;
    return /^\$K[0-9a-f]{1,8}$/.test(s) ? null : `invalid FormData reference ${what}`;
  }
  if (s.startsWith("$0:"))
    return resolvesInRoot(s.slice(3).split(":"), root) ? null : `unresolvable reference ${what}`;
  return `unsupported reference ${what}`;
}

/** A repeated object's path (`$0:a:1:b`) must lead through plain objects and arrays of the same list. */
function resolvesInRoot(path: string[], root: unknown[]): boolean {
  let at: unknown = root;
  for (const key of path) {
    if (FORBIDDEN_KEYS.has(key) || at === null || typeof at !== "object") return false;
    if (!Object.prototype.hasOwnProperty.call(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== null && typeof at === "object";
}

/** Reads a web request's body, or null as soon as it passes `limit` bytes (the rest is not read). */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}
