import "server-only";
import { z } from "zod";
import type { Environment } from "./environments";
import { serviceFetch } from "./http/service-fetch";

/**
 * Enhetsregisteret (Brønnøysund's open register of organisations), read over HTTP at the environment's
 * `orgRegisterUrl`: data.brreg.no for test and production, the sandbox's simulated register for the simulator.
 * Names are a convenience: an organisation the register does not know, or a register that does not answer,
 * gives null and the wizard goes on without.
 */
const enhetSchema = z.object({ organisasjonsnummer: z.string(), navn: z.string().min(1) });

/** A unit in Brreg's search answer; `simulator` is the simulated register's own addition (see lib/simulator/brreg.ts). */
const searchSchema = z.object({
  _embedded: z
    .object({
      enheter: z.array(
        enhetSchema.extend({
          simulator: z
            .object({
              role: z.enum(["customer", "vendor"]),
              dagligLeder: z.object({ navn: z.string() }).optional(),
            })
            .optional(),
        }),
      ),
    })
    .optional(),
});

export interface RegisteredOrganisation {
  orgno: string;
  name: string;
  /** Simulator only: a synthetic customer or vendor. */
  role?: "customer" | "vendor";
  /** Simulator only: the daglig leder persona who approves requests in the simulated Altinn. */
  dagligLeder?: string;
}

/**
 * One organisation's name, and when there is none, why: the register does not know the number (`notFound`,
 * its 404 or 410) or it could not be asked (`unavailable`: no answer, a timeout, a 5xx or an unreadable body).
 */
export type OrganisationLookup = { name: string } | { name: null; reason: "notFound" | "unavailable" };

export async function lookupOrganisation(env: Environment, orgno: string): Promise<OrganisationLookup> {
  if (!/^\d{9}$/.test(orgno)) return { name: null, reason: "notFound" };
  try {
    // The register is a Digdir/Brønnøysund lookup on the self-service side of onboarding; it has no
    // ServiceName of its own, and its errors are never shown (they only mean "no name").
    const res = await serviceFetch("samarbeid", `${env.orgRegisterUrl}${orgno}`, {
      timeoutMs: 4000,
      retries: 0,
    });
    if (res.status === 404 || res.status === 410) return { name: null, reason: "notFound" };
    if (res.status !== 200) return { name: null, reason: "unavailable" };
    const parsed = enhetSchema.safeParse(JSON.parse(res.text));
    if (!parsed.success) return { name: null, reason: "unavailable" };
    return parsed.data.organisasjonsnummer === orgno
      ? { name: parsed.data.navn }
      : { name: null, reason: "notFound" };
  } catch {
    return { name: null, reason: "unavailable" };
  }
}

export async function lookupOrganisationName(env: Environment, orgno: string): Promise<string | null> {
  return (await lookupOrganisation(env, orgno)).name;
}

/**
 * Searches the register (`GET <orgRegisterUrl without the trailing slash>?…`, Brreg's search). `role` uses the
 * simulated register's `simRole` filter and means nothing to the real one. Null when the register does not
 * answer with a readable list; [] when nothing matches.
 */
export async function searchOrganisations(
  env: Environment,
  query: { role?: "customer" | "vendor"; orgnos?: string[] } = {},
): Promise<RegisteredOrganisation[] | null> {
  const params = new URLSearchParams({ size: "100" });
  if (query.role) params.set("simRole", query.role);
  if (query.orgnos) params.set("organisasjonsnummer", query.orgnos.join(","));
  try {
    const res = await serviceFetch("samarbeid", `${env.orgRegisterUrl.replace(/\/+$/, "")}?${params}`, {
      timeoutMs: 4000,
      retries: 1,
    });
    if (res.status !== 200) return null;
    const parsed = searchSchema.safeParse(JSON.parse(res.text));
    if (!parsed.success) return null;
    return (parsed.data._embedded?.enheter ?? []).map((e) => ({
      orgno: e.organisasjonsnummer,
      name: e.navn,
      ...(e.simulator ? { role: e.simulator.role } : {}),
      ...(e.simulator?.dagligLeder ? { dagligLeder: e.simulator.dagligLeder.navn } : {}),
    }));
  } catch {
    return null;
  }
}
