/**
 * The one error type every outbound client throws. `kind` says what went wrong on the wire; `code` is the
 * service's own error code when the answer carried one (MP-xxx, AUTH-xxxxx, AUTH.VLD-xxxxx, KB-xxx, DAS-xxx,
 * GLD_xxx), read by the error doctor (lib/errors).
 */
export type ServiceName = "maskinporten" | "samarbeid" | "altinn" | "skatteetaten";

export type ServiceErrorKind = "http" | "timeout" | "network" | "malformed";

export interface ValidationIssue {
  code: string;
  title: string;
  paths: string[];
}

export interface ServiceErrorInit {
  service: ServiceName;
  kind: ServiceErrorKind;
  method: string;
  url: string;
  status?: number;
  code?: string;
  /** OAuth `error` for Maskinporten. */
  error?: string;
  description?: string;
  validationErrors?: ValidationIssue[];
  correlationId?: string;
  /** The response body (text, truncated) for display. Never includes request secrets. */
  body?: string;
  /**
   * What the wizard itself knows about the error and the answer does not say (e.g. `system`, the system that
   * already holds a client id), for the doctor's texts. Added by the action that caught the error.
   */
  facts?: Record<string, string>;
}

export class ServiceError extends Error {
  readonly service: ServiceName;
  readonly kind: ServiceErrorKind;
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly code?: string;
  readonly error?: string;
  readonly description?: string;
  readonly validationErrors: ValidationIssue[];
  readonly correlationId?: string;
  readonly body?: string;
  readonly facts?: Record<string, string>;

  constructor(init: ServiceErrorInit) {
    super(
      `${init.service} ${init.method} ${init.url}: ${init.kind}${init.status ? ` ${init.status}` : ""}${init.code ? ` ${init.code}` : ""}`,
    );
    this.name = "ServiceError";
    this.service = init.service;
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.code = init.code;
    this.error = init.error;
    this.description = init.description;
    this.validationErrors = init.validationErrors ?? [];
    this.correlationId = init.correlationId;
    this.body = init.body;
    this.facts = init.facts;
  }

  /** A plain object safe to hand to a page. */
  toJSON(): ServiceErrorInit {
    return {
      service: this.service,
      kind: this.kind,
      method: this.method,
      url: this.url,
      status: this.status,
      code: this.code,
      error: this.error,
      description: this.description,
      validationErrors: this.validationErrors,
      correlationId: this.correlationId,
      body: this.body,
      facts: this.facts,
    };
  }
}

export function isServiceError(e: unknown): e is ServiceError {
  return e instanceof ServiceError;
}
