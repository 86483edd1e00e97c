import "server-only";
import type { Environment } from "@/lib/environments";
import type { Locale } from "@/lib/i18n/types";
import type { StepId, WizardState } from "@/lib/session/state";
import { snippetContext, snippetsForStep } from "@/lib/snippets";
import { Snippets } from "./snippets";

/**
 * The snippets of one step, built from the session state and the environment's URLs (the session's, with
 * its sandbox). For a step page: `<StepSnippets state={state} env={env} locale={locale} step="client" />`.
 */
export function StepSnippets({
  state,
  env,
  locale,
  step,
  heading,
  inntektsaar,
}: {
  state: WizardState;
  env: Environment;
  locale: Locale;
  step: StepId;
  heading?: string | null;
  inntektsaar?: number;
}) {
  const ctx = snippetContext(state, env, { inntektsaar });
  return <Snippets snippets={snippetsForStep(ctx, step)} locale={locale} heading={heading} />;
}
