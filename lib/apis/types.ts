import type { z } from "zod";
import type { DoctorCatalog } from "../errors/types";
import type { Locale, Localised } from "../i18n/types";

/**
 * One Skatteetaten API as the wizard knows it (design: "One module per Skatteetaten API"). Everything here is
 * pure data and pure functions, safe for pages, client forms and the simulator alike; the simulator's
 * behaviour for the API is in the folder's `simulator.ts`, reached only through lib/apis/simulators.ts.
 */
export interface SkatteetatenApi<Id extends string = string> {
  id: Id;
  name: Localised;
  description: Localised;
  /** The Maskinporten scope Skatteetaten grants for the API. */
  scope: string;
  /** The Altinn resource a system must list in `rights` and a system user must hold. */
  resource: string;
  /** The resource's title in Altinn's resource register (shown on the approval page). */
  resourceTitle: Localised;
  /**
   * Access packages that also give the right, by name (`urn:altinn:accesspackage:<name>`); empty when only the
   * single right works. Whether each may go to a standard or an agent system user is not repeated here: it is
   * the package's class in lib/altinn/access-packages.ts.
   */
  accessPackages: readonly string[];
  /** Host name stem: `<stem>.api.skatteetaten-test.no` / `<stem>.api.skatteetaten.no`. */
  hostStem: string;
  version: "v1";
  /** One line naming the test call step 7 makes. */
  testCall: Localised;
  docs: string;
  /** Set when a fact the module relies on (a path, a host) is not confirmed by Skatteetaten's own text. */
  unverified?: Localised;
  call: TestCall;
  snippet: { id: `skatteetaten-${string}`; title: Localised; note: string };
  /**
   * The prefix of the innrapportering error codes the API answers with: most answer GLD_xxx, a-melding the
   * same numbers as AMLD_xxx (SKE api/innrapportering-amelding.md). None for Krav og betalinger (KB/DAS).
   */
  codePrefix?: "GLD" | "AMLD";
  /** Error codes only this API answers with, for the error doctor (shared GLD/DAS codes are in lib/errors). */
  doctor?: DoctorCatalog;
}

/** A field of the step-7 form besides `forOrgNo`, which every API's form has. */
export interface CallField {
  name: string;
  label: Localised;
  hint: Localised;
  inputMode: "numeric" | "text";
  maxLength: number;
  placeholder?: string;
}

/** What a test call is built from besides the form: whom it is about and when. */
export interface CallContext {
  /** The organisation the call is about (the customer by default; for an agent, one of its clients). */
  forOrgNo: string;
  /** The contact name put in submissions. */
  contactName: string;
  /** A new UUID per submission (the idempotencyKey: a resend is the same melding); a placeholder in snippets. */
  submissionId: string;
  now: number;
}

export interface BuiltCall {
  method: "GET" | "POST";
  /** Below the API's base URL (`…/v1`), starting with "/". */
  path: string;
  body?: unknown;
  /** The innrapportering APIs take a new `idempotencyKey` header per submission (contracts-more §4.1). */
  idempotent: boolean;
}

export interface TestCall {
  /** What the call sends or asks, for the form; `{org}` is the organisation it is about. */
  about: Localised;
  fields: readonly CallField[];
  /** Parses the form's values (strings from inputs) into what `build` takes; messages are i18n keys. */
  schema: z.ZodObject;
  defaults(ctx: { now: number; forOrgNo: string }): Record<string, string>;
  build(values: Record<string, unknown>, ctx: CallContext): BuiltCall;
  /** A one-line reading of a 2xx answer, or null when it has nothing to say. */
  summarise(body: unknown, locale: Locale): string | null;
}

/** A test call typed by its own schema: `build` gets what the schema parsed. */
export function defineTestCall<S extends z.ZodObject>(
  call: Omit<TestCall, "schema" | "build"> & {
    schema: S;
    build(values: z.output<S>, ctx: CallContext): BuiltCall;
  },
): TestCall {
  return call as unknown as TestCall;
}
