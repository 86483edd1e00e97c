import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionResult } from "./action-result";
import { getConfig } from "./config";
import { getEnvironment, type Environment } from "./environments";
import { diagnose, diagnoseValidation } from "./errors";
import { isServiceError } from "./http/service-error";
import { common } from "./i18n/messages/common";
import { getLocale } from "./i18n/server";
import type { Locale } from "./i18n/types";
import { fieldErrors } from "./schemas/common";
import { readState, writeState } from "./session";
import type { WizardState } from "./session/state";

export interface ActionContext {
  state: WizardState;
  env: Environment;
  locale: Locale;
}

/** A handler returns the new state to save (or none) and the data for the page. */
export interface ActionOutcome<T> {
  state?: WizardState;
  data: T;
}

/** Thrown by a handler for a problem the user can fix; shown as the form's message, state unchanged. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/**
 * Wraps a server action so it validates and authorises by construction: the input is parsed with the step's
 * zod schema (the same the client form uses), the session is read here and not taken from the client,
 * upstream errors become a diagnosis, and the state is saved only when the handler succeeds — a failure
 * leaves what was saved as it was.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const locale = await getLocale();
    const texts = common[locale];
    try {
      await assertSameOrigin();
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error), formError: texts.invalidInput };
      const state = await readState();
      const outcome = await handler(parsed.data, { state, env: getEnvironment(state.env), locale });
      if (outcome.state) await writeState(outcome.state);
      return { ok: true, data: outcome.data };
    } catch (e) {
      if (e instanceof UserError) return { ok: false, formError: e.message, fieldErrors: e.fieldErrors };
      if (isServiceError(e)) {
        const diagnosis = diagnose(e.toJSON(), locale);
        const diagnoses = diagnoseValidation(e.toJSON(), locale);
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
