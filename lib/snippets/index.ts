import { API_IDS } from "../apis";
import type { StepId } from "../session/state";
import {
  requestByExternalRefSnippet,
  requestCreateSnippet,
  requestGetSnippet,
  systemCreateSnippet,
  systemGetSnippet,
  systemUpdateSnippet,
  systemUserByQuerySnippet,
} from "./altinn";
import { systemUserTokenSnippet, vendorTokenSnippet } from "./maskinporten";
import { apiCallSnippet } from "./skatteetaten";
import type { Snippet, SnippetContext } from "./types";

export { snippetContext, defaultIncomeYear, TEST_CONTACT_NAME } from "./context";
export { SNIPPET_IDS, PLACEHOLDER, type Snippet, type SnippetContext, type SnippetId } from "./types";

/** Every call the wizard makes in steps 3–7, in the order it makes them (Skatteetaten calls per chosen API). */
export function buildSnippets(ctx: SnippetContext): Snippet[] {
  const out: Snippet[] = [
    vendorTokenSnippet(ctx),
    systemGetSnippet(ctx),
    systemCreateSnippet(ctx),
    systemUpdateSnippet(ctx),
    requestCreateSnippet(ctx),
    requestGetSnippet(ctx),
    requestByExternalRefSnippet(ctx),
    systemUserTokenSnippet(ctx),
    systemUserByQuerySnippet(ctx),
  ];
  // In the registry's order, one per chosen API.
  for (const id of API_IDS) if (ctx.apis.includes(id)) out.push(apiCallSnippet(ctx, id));
  return out;
}

/** The snippets of the calls one step makes. */
export function snippetsForStep(ctx: SnippetContext, step: StepId): Snippet[] {
  return buildSnippets(ctx).filter((s) => s.step === step);
}
