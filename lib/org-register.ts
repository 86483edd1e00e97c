import "server-only";
import { z } from "zod";
import type { Environment } from "./environments";
import { serviceFetch } from "./http/service-fetch";

/**
 * The vendor's name from Enhetsregisteret (the simulator answers for its synthetic organisations). A name is
 * a convenience: an organisation the register does not know, or a register that does not answer, gives
 * null and the wizard goes on without a name.
 */
const enhetSchema = z.object({ organisasjonsnummer: z.string(), navn: z.string().min(1) });

export async function lookupOrganisationName(env: Environment, orgno: string): Promise<string | null> {
  if (!/^\d{9}$/.test(orgno)) return null;
  try {
    // The register is a Digdir/Brønnøysund lookup on the self-service side of onboarding; it has no
    // ServiceName of its own, and its errors are never shown (they only mean "no name").
    const res = await serviceFetch("samarbeid", `${env.orgRegisterUrl}${orgno}`, {
      timeoutMs: 4000,
      retries: 0,
    });
    if (res.status !== 200) return null;
    const parsed = enhetSchema.safeParse(JSON.parse(res.text));
    return parsed.success && parsed.data.organisasjonsnummer === orgno ? parsed.data.navn : null;
  } catch {
    return null;
  }
}
