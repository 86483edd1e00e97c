import { stepById } from "../steps";
import { redirectUrlProblem } from "../schemas/system";
import type { EnvironmentId } from "../environments";

/**
 * The wizard's own landing page for the customer's browser after they answer in Altinn: the default
 * redirect URL of the system (step 4) and of the request (step 5).
 */
export function customerReturnPath(): string {
  return `${stepById("customer").path}/return`;
}

export function customerReturnUrl(publicUrl: string, env: EnvironmentId): { url: string; valid: boolean } {
  const url = `${publicUrl.replace(/\/+$/, "")}${customerReturnPath()}`;
  return { url, valid: redirectUrlProblem(url, env === "simulator") === null };
}
