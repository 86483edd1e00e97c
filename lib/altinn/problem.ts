import { z } from "zod";
import type { ValidationIssue } from "../http/service-error";

/**
 * Reads Altinn's error bodies (contracts §2.11): ProblemDetails v5 (`title`, `statusDescription`), the legacy
 * v4 shape (`detail`), ASP.NET's ValidationProblemDetails (`errors` map, for model-binding failures), plain
 * strings (`"System with ID 'x' not found."`) and empty 401/403 bodies. `code` first, then `title ?? detail`.
 */
export interface AltinnProblem {
  code?: string;
  description?: string;
  validationErrors: ValidationIssue[];
}

const validationItemSchema = z.looseObject({
  code: z.string(),
  title: z.string().optional(),
  detail: z.string().optional(),
  paths: z.array(z.string()).nullish(),
});

const problemSchema = z.looseObject({
  code: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  validationErrors: z.array(z.unknown()).nullish(),
  errors: z.unknown().optional(),
});

export function parseAltinnProblem(text: string): AltinnProblem {
  const trimmed = text.trim();
  if (!trimmed) return { validationErrors: [] };
  let body: unknown;
  try {
    body = JSON.parse(trimmed);
  } catch {
    return { description: trimmed.slice(0, 500), validationErrors: [] };
  }
  if (typeof body === "string") return { description: body.slice(0, 500), validationErrors: [] };
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return { validationErrors: [] };
  const p = parsed.data;
  const validationErrors: ValidationIssue[] = [];
  for (const item of p.validationErrors ?? []) {
    const v = validationItemSchema.safeParse(item);
    if (v.success)
      validationErrors.push({
        code: v.data.code,
        title: v.data.title ?? v.data.detail ?? "",
        paths: v.data.paths ?? [],
      });
  }
  // v5 puts the descriptor text in `title`, v4 in `detail` with a generic ASP.NET `title`.
  const description = p.code ? (p.detail ?? p.title) : (p.title ?? p.detail);
  return {
    code: p.code,
    description: [description, modelBindingErrors(p.errors)].filter(Boolean).join(" ") || undefined,
    validationErrors,
  };
}

/** ASP.NET's `errors: { "Name": ["The Name field is required."] }` as one line. */
function modelBindingErrors(errors: unknown): string | undefined {
  if (!errors || typeof errors !== "object" || Array.isArray(errors)) return undefined;
  const lines = Object.entries(errors as Record<string, unknown>).flatMap(([k, v]) =>
    Array.isArray(v) ? v.filter((m): m is string => typeof m === "string").map((m) => `${k}: ${m}`) : [],
  );
  return lines.length ? lines.join("; ") : undefined;
}
