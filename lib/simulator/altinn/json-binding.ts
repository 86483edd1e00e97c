import { isPlainObject, readBodyLimited } from "../http";
import { aspNetStatusProblem, aspNetValidationProblem } from "./problems";

/**
 * A small imitation of ASP.NET Core's [FromBody] model binding with System.Text.Json (web defaults), so
 * bad bodies fail the way they fail against Altinn: property names bind case-insensitively, unknown
 * properties are ignored, the first value of a wrong JSON type stops deserialisation with an error at its
 * JSON path, a missing C# `required` member is reported at "$", and the body parameter itself is then
 * reported as required. Everything is answered with ASP.NET's ValidationProblemDetails (400), never a 500.
 */
export class JsonBindError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export type Spec<T> = (value: unknown, path: string) => T;

export function typeError(path: string, clrType: string): never {
  throw new JsonBindError(
    path,
    `The JSON value could not be converted to ${clrType}. Path: ${path} | LineNumber: 0 | BytePositionInLine: 0.`,
  );
}

export const STRING = "System.String";

export const str: Spec<string | null> = (v, p) =>
  v === null ? null : typeof v === "string" ? v : typeError(p, STRING);

/** A string where .NET would accept null but the simulator's later code could not use it: refused as a type error. */
export const strNotNull: Spec<string> = (v, p) => (typeof v === "string" ? v : typeError(p, STRING));

export const bool: Spec<boolean> = (v, p) => (typeof v === "boolean" ? v : typeError(p, "System.Boolean"));

export function list<T>(item: Spec<T>, clrType: string): Spec<T[] | null> {
  return (v, p) => {
    if (v === null) return null;
    if (!Array.isArray(v)) return typeError(p, clrType);
    return v.map((x, i) => item(x, `${p}[${i}]`));
  };
}

/** IDictionary<string, string>: string values; JSON nulls are dropped (they would only be shown as null). */
export const stringMap: Spec<Record<string, string> | null> = (v, p) => {
  if (v === null) return null;
  if (!isPlainObject(v))
    return typeError(p, `System.Collections.Generic.IDictionary\`2[${STRING},${STRING}]`);
  // No prototype: a "__proto__" key is kept as data, as in .NET's dictionary, and cannot reach Object.prototype.
  const out = Object.create(null) as Record<string, string>;
  for (const [k, val] of Object.entries(v)) {
    if (val === null) continue;
    out[k] = typeof val === "string" ? val : typeError(`${p}.${k}`, STRING);
  }
  return out;
};

export interface Prop {
  spec: Spec<unknown>;
  /** A C# `required` member: it must be present in the JSON (null is "present"). */
  required?: boolean;
}

/**
 * A C# class: properties bind case-insensitively; for duplicates the last one wins. Returns only the
 * properties that were present, so callers can apply the class's defaults.
 */
export function object(clrType: string, props: Record<string, Prop>): Spec<Record<string, unknown> | null> {
  const byLower = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
  return (v, p) => {
    if (v === null) return null;
    if (!isPlainObject(v)) return typeError(p, clrType);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      const name = byLower.get(key.toLowerCase());
      if (name === undefined) continue;
      out[name] = props[name]!.spec(value, `${p}.${key}`);
    }
    const missing = Object.keys(props).filter((n) => props[n]!.required && !(n in out));
    if (missing.length > 0) {
      throw new JsonBindError(
        p,
        `JSON deserialization for type '${clrType}' was missing required properties, including the following: ${missing.join(", ")}`,
      );
    }
    return out;
  };
}

/** Data-annotation errors found after deserialisation (`[Required]` and non-nullable reference types). */
export class ModelErrors {
  readonly errors: Record<string, string[]> = {};

  add(key: string, message: string): void {
    (this.errors[key] ??= []).push(message);
  }

  /** RequiredAttribute: null, empty and whitespace-only strings fail. */
  required(key: string, value: unknown): void {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
      const field = key.slice(key.lastIndexOf(".") + 1).replace(/\[\d+\]$/, "");
      this.add(key, `The ${field} field is required.`);
    }
  }

  get any(): boolean {
    return Object.keys(this.errors).length > 0;
  }
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; res: Response };

const textDecoder = new TextDecoder("utf-8", { fatal: false });

/**
 * Reads and deserialises a JSON body for the action parameter `param`: 415 for another content type,
 * ASP.NET's 400s for an empty body, malformed JSON, a JSON null and type errors.
 */
export async function bindJsonBody<T>(
  req: Request,
  param: string,
  spec: Spec<T | null>,
): Promise<BodyResult<T>> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (
    type !== "application/json" &&
    !(type.startsWith("application/") && type.endsWith("+json")) &&
    type !== "text/json"
  ) {
    return { ok: false, res: aspNetStatusProblem(415) };
  }
  const buf = await readBodyLimited(req);
  if (!buf) return { ok: false, res: aspNetStatusProblem(413) };
  const raw = textDecoder.decode(buf);
  const paramRequired = { [param]: [`The ${param} field is required.`] };
  if (raw.trim() === "") {
    return {
      ok: false,
      res: aspNetValidationProblem({ "": ["A non-empty request body is required."], ...paramRequired }),
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    const first = raw.trim()[0] ?? "";
    const what = /[{["\-0-9tfn]/.test(first)
      ? "The JSON value is malformed."
      : `'${first}' is an invalid start of a value.`;
    return {
      ok: false,
      res: aspNetValidationProblem({
        $: [`${what} Path: $ | LineNumber: 0 | BytePositionInLine: 0.`],
        ...paramRequired,
      }),
    };
  }
  try {
    const value = spec(parsed, "$");
    if (value === null) return { ok: false, res: aspNetValidationProblem(paramRequired) };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof JsonBindError)
      return { ok: false, res: aspNetValidationProblem({ [e.path]: [e.message], ...paramRequired }) };
    throw e;
  }
}

/** The .NET Guid formats a route or query parameter may use (D, N, B, P), as canonical lowercase D, or null. */
export function parseGuid(s: string): string | null {
  const d = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const inner = /^\{.*\}$|^\(.*\)$/.test(s) ? s.slice(1, -1) : s;
  let hex: string;
  if (d.test(inner)) hex = inner.replace(/-/g, "");
  else if (inner === s && /^[0-9a-f]{32}$/i.test(s)) hex = s;
  else return null;
  hex = hex.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A route or query value that does not parse as the parameter's type (e.g. a Guid). */
export function invalidParameter(name: string, value: string): Response {
  return aspNetValidationProblem({ [name]: [`The value '${value}' is not valid.`] });
}

/** ASP.NET binds query parameters by name case-insensitively; the first value wins. */
export function queryParam(req: Request, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of new URL(req.url).searchParams) if (k.toLowerCase() === lower) return v;
  return null;
}
