import type { ServiceErrorInit } from "../http/service-error";
import type { EnvironmentId } from "../environments";
import type { Locale, Localised } from "../i18n/types";

/** What the error doctor says about one error: the code, what caused it and what to do, in one language. */
export interface Diagnosis {
  code: string;
  title: string;
  cause: string;
  fix: string;
  /** A form field the error belongs to (react-hook-form name), when it belongs to one. */
  field?: string;
  /** Whether simply trying again may help (timeouts, 5xx). */
  retryable: boolean;
  docs?: string;
  /** What went over the wire, for the "technical details" disclosure. */
  technical?: {
    service: string;
    method: string;
    url: string;
    status?: number;
    description?: string;
    body?: string;
    correlationId?: string;
  };
}

/** One known error code, in every interface language. */
export interface DoctorEntry {
  title: Localised;
  cause: Localised;
  fix: Localised;
  /**
   * A hint that only makes sense in the simulator (e.g. "update the client in the simulator"). Kept apart from
   * `fix` so a user in test or production is never told about a simulator they are not using.
   */
  simHint?: Localised;
  field?: string;
  retryable?: boolean;
  docs?: string;
}

/** Where the user is: the doctor adds simulator-only hints only when this says "simulator". */
export interface DiagnoseContext {
  env?: EnvironmentId;
}

export type DoctorCatalog = Record<string, DoctorEntry>;

export type DiagnoseInput = ServiceErrorInit;
export type { Locale };
