import { randomUUID } from "node:crypto";
import { getClient as loadClient, listClients as loadClients, putClient } from "../db/clients";
import { grantedScopes } from "../db/grants";
import { withSandboxLock } from "../db/sandboxes";
import { json } from "../http";
import type { Sim } from "../sim";
import type { SimClient } from "../types";
import { clientModel, validateClientFields, type ClientFields } from "./client-model";
import { dsError, readJsonBody } from "./respond";

/** POST/GET /clients/ and GET/PUT /clients/{client_id}, always within the logged-in organisation. */
const REQUIRED_ON_CREATE: (keyof ClientFields)[] = [
  "client_name",
  "description",
  "integration_type",
  "token_endpoint_auth_method",
  "grant_types",
  "scopes",
];

export async function createClient(sim: Sim, req: Request, orgno: string): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return body.res;
  const granted = await grantedScopes(sim, orgno);
  const fields = validateClientFields(body.value, orgno, granted, REQUIRED_ON_CREATE);
  if (!fields.ok) return dsError(400, fields.error, fields.description);
  const now = new Date(sim.now()).toISOString();
  const client: SimClient = {
    client_id: randomUUID(),
    orgno,
    ...(fields.value as ClientFields),
    created: now,
    last_updated: now,
    keys: [],
  };
  await putClient(sim, client);
  return json(clientModel(client), 201);
}

export async function listClients(sim: Sim, orgno: string): Promise<Response> {
  const clients = await loadClients(sim, orgno);
  return json(clients.map(clientModel));
}

/** The client if the logged-in organisation owns it, else the 404 / 403 to answer with. */
export async function ownedClient(
  sim: Sim,
  clientId: string,
  orgno: string,
): Promise<{ ok: true; client: SimClient } | { ok: false; res: Response }> {
  const client = await loadClient(sim, clientId);
  if (!client) return { ok: false, res: dsError(404, "not_found", `No client with client_id ${clientId}`) };
  if (client.orgno !== orgno) {
    return {
      ok: false,
      res: dsError(403, "access_denied", `Client ${clientId} belongs to another organisation`),
    };
  }
  return { ok: true, client };
}

export async function getClient(sim: Sim, clientId: string, orgno: string): Promise<Response> {
  const found = await ownedClient(sim, clientId, orgno);
  return found.ok ? json(clientModel(found.client)) : found.res;
}

/** PUT updates the fields given; integration_type is fixed at creation, as in the real API. */
export async function updateClient(
  sim: Sim,
  req: Request,
  clientId: string,
  orgno: string,
): Promise<Response> {
  const found = await ownedClient(sim, clientId, orgno);
  if (!found.ok) return found.res;
  const body = await readJsonBody(req);
  if (!body.ok) return body.res;
  const b = body.value as Record<string, unknown> | null;
  if (
    b &&
    typeof b === "object" &&
    b.integration_type !== undefined &&
    b.integration_type !== found.client.integration_type
  ) {
    return dsError(
      400,
      "invalid_client_metadata",
      "integration_type cannot be changed after the client is created",
    );
  }
  const granted = await grantedScopes(sim, orgno);
  const fields = validateClientFields(body.value, orgno, granted, []);
  if (!fields.ok) return dsError(400, fields.error, fields.description);
  // Re-read under the lock, so a key upload at the same time is not overwritten with the keys read above.
  const updated = await withSandboxLock(sim, async (locked) => {
    const c = await loadClient(locked, clientId);
    if (!c) return null;
    const next: SimClient = { ...c, ...fields.value, last_updated: new Date(sim.now()).toISOString() };
    await putClient(locked, next);
    return next;
  });
  return updated
    ? json(clientModel(updated))
    : dsError(404, "not_found", `No client with client_id ${clientId}`);
}
