import "server-only";
import type { Environment } from "@/lib/environments";
import type { KeyMeta } from "@/lib/keys";
import { selfServiceClient, selfServiceLogin, type SelfServiceClient } from "./client";
import type { WizardState } from "@/lib/session/state";

/**
 * Creating the client is idempotent: the client in the state is reused when it still exists, then a client
 * of the organisation with the wizard's name (a retry after a lost answer), and only then a new one is
 * created. Its scopes and key set are then brought in line with what the wizard needs.
 */
export function clientName(orgno: string): string {
  return `Systembruker-veiviseren ${orgno}`;
}

export async function ensureSimulatorClient(
  env: Environment,
  orgno: string,
  key: Pick<KeyMeta, "kid" | "publicJwk">,
  scopes: string[],
  current: WizardState["client"],
): Promise<{ clientId: string; scopes: string[]; created: boolean }> {
  const api = selfServiceClient(env, await selfServiceLogin(env, orgno));
  let client: SelfServiceClient | null = null;
  if (current?.origin === "self-service") client = await api.getClient(current.clientId);
  client ??= (await api.listClients()).find((c) => c.client_name === clientName(orgno)) ?? null;
  let created = false;
  if (!client) {
    client = await api.createClient({
      client_name: clientName(orgno),
      description:
        "Maskinporten-klient laget av systembruker-veiviseren for systembruker-flyten mot Skatteetaten.",
      scopes,
    });
    created = true;
  }
  if ([...client.scopes].sort().join(" ") !== [...scopes].sort().join(" ")) {
    client = await api.updateScopes(client.client_id, scopes);
  }
  const jwks = await api.getJwks(client.client_id);
  const registered =
    jwks.keys.length === 1 && jwks.keys[0]!.kid === key.kid && jwks.keys[0]!.n === key.publicJwk.n;
  if (!registered) await api.replaceJwks(client.client_id, [key.publicJwk]);
  return { clientId: client.client_id, scopes, created };
}
