import { z } from "zod";
import { ServiceError, type ValidationIssue } from "../http/service-error";
import type { ServiceResponse } from "../http/service-fetch";

/**
 * Skatteetaten's error body (contracts §3.1): `{kode, melding, korrelasjonsid}`; the innrapportering APIs may
 * add `spesifisering` items (feilspesifiseringskode with melding, sti and angitt verdi). Parsed loosely: an
 * answer that does not match still becomes a ServiceError, filed by its status.
 */
const specificationSchema = z.looseObject({
  kode: z.string().optional(),
  melding: z.string().optional(),
  sti: z.string().optional(),
  angittVerdi: z.unknown().optional(),
});

export const skatteetatenErrorSchema = z.looseObject({
  kode: z.string().optional(),
  melding: z.string().optional(),
  korrelasjonsid: z.string().optional(),
  spesifisering: z.array(specificationSchema).optional(),
});
export type SkatteetatenErrorBody = z.infer<typeof skatteetatenErrorSchema>;

export const CORRELATION_HEADER = "Korrelasjonsid";

export function parseErrorBody(text: string): SkatteetatenErrorBody | null {
  if (!text.trim()) return null;
  try {
    const parsed = skatteetatenErrorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The correlation id of an answer: the `Korrelasjonsid` header, else the body's `korrelasjonsid`. */
export function correlationIdOf(headers: Headers, body?: { korrelasjonsid?: string } | null): string | null {
  return headers.get(CORRELATION_HEADER) ?? body?.korrelasjonsid ?? null;
}

/** A non-2xx answer as the ServiceError the error doctor reads (code = kode: KB-xxx, DAS-xxx, GLD_xxx). */
export function skatteetatenError(res: ServiceResponse): ServiceError {
  const body = parseErrorBody(res.text);
  const validationErrors: ValidationIssue[] =
    body?.spesifisering?.map((s) => ({
      code: s.kode ?? body.kode ?? "GLD",
      title: [s.melding, s.angittVerdi !== undefined ? `(${JSON.stringify(s.angittVerdi)})` : null]
        .filter(Boolean)
        .join(" "),
      paths: s.sti ? [s.sti] : [],
    })) ?? [];
  return new ServiceError({
    service: "skatteetaten",
    kind: "http",
    method: res.method,
    url: res.url,
    status: res.status,
    code: body?.kode,
    description: body?.melding,
    validationErrors,
    correlationId: correlationIdOf(res.headers, body) ?? undefined,
    body: res.text.slice(0, 2000),
  });
}
