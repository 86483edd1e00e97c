import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionResult } from "./action-result";
import { getConfig } from "./config";
import type { Environment } from "./environments";
import { diagnose, diagnoseValidation } from "./errors";
import { isServiceError } from "./http/service-error";
import { common } from "./i18n/messages/common";
import { sessionMessages } from "./i18n/messages/session";
import { getLocale } from "./i18n/server";
import type { Locale } from "./i18n/types";
import type { GrantSigner } from "./maskinporten/signer";
import { fieldErrors } from "./schemas/common";
import { ConcurrentUpdateError, mutateState } from "./session";
import type { WizardState } from "./session/state";
import { UserError } from "./user-error";

export interface ActionContext {
  state: WizardState;
  /** The session's row id (step 5's customers are rows keyed by it); null before the session's first write. */
  sessionId: string | null;
  /** The environment's URLs; on the simulator, the session's own sandbox. */
  env: Environment;
  /** Signs grants with the session's key (read from the encrypted key store per signature). */
  signer: GrantSigner;
  locale: Locale;
}

/** A handler returns the new state to save (or none) and the data for the page. */
export interface ActionOutcome<T> {
  state?: WizardState;
  /** PKCS#8 DER of `state.key` when the handler made or imported a new key: stored encrypted, never in the state. */
  privateKey?: Buffer;
  data: T;
}

export { UserError };

/**
 * Wraps a server action so it validates and authorises by construction: the input is parsed with the step's
 * zod schema (the same the client form uses), the session is read here and not taken from the client,
 * upstream errors become a diagnosis, and the state is saved only when the handler succeeds — a failure
 * leaves what was saved as it was. When another tab saved the same part meanwhile, the handler runs again on
 * the fresh state (handlers look up before they create); when that keeps happening, the user is told.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const locale = await getLocale();
    const texts = common[locale];
    // The environment the handler ran in, so the doctor adds simulator-only hints only in the simulator.
    let envId: Environment["id"] | undefined;
    try {
      await assertSameOrigin();
      const parsed = schema.safeParse(input);
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrors(parsed.error), formError: texts.invalidInput };
      const data = await mutateState(({ state, sessionId, env, signer }) => {
        envId = env.id;
        return handler(parsed.data, { state, sessionId, env, signer, locale });
      });
      return { ok: true, data };
    } catch (e) {
      if (e instanceof UserError) return { ok: false, formError: e.message, fieldErrors: e.fieldErrors };
      if (e instanceof ConcurrentUpdateError)
        return { ok: false, formError: sessionMessages[locale].concurrentUpdate };
      if (isServiceError(e)) {
        const diagnosis = diagnose(e.toJSON(), locale, { env: envId });
        const diagnoses = diagnoseValidation(e.toJSON(), locale, { env: envId });
        return { ok: false, diagnosis, diagnoses: diagnoses.length ? diagnoses : undefined };
      }
      console.error("[action] unexpected error:", e instanceof Error ? e.name : "unknown");
      return { ok: false, formError: texts.unexpected };
    }
  };
}

/**
 * Next already refuses server actions whose Origin differs from the host; this also refuses requests whose
 * Origin differs from the configured public URL, so a misconfigured proxy cannot widen that.
 */
async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const origin = h.get("origin");
  if (!origin) return;
  const allowed = new Set([new URL(getConfig().publicUrl).origin]);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  if (!allowed.has(origin)) throw new UserError("Forbidden origin");
}
