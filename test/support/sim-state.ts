import { asc, eq, sql } from "drizzle-orm";
import { simIdempotency, simSystems, simSystemUsers } from "@/lib/db/schema";
import { getClient, putClient } from "@/lib/simulator/db/clients";
import { grantedScopes, withdrawScope } from "@/lib/simulator/db/grants";
import { isJtiUsed } from "@/lib/simulator/db/jtis";
import { getRequestRecord, putRequest } from "@/lib/simulator/db/requests";
import { setControl } from "@/lib/simulator/db/sandboxes";
import { getSystemUsers, putSystemUser } from "@/lib/simulator/db/system-users";
import { getSystemByInternalId, putSystem } from "@/lib/simulator/db/systems";
import type { SimClient, SimRequest, SimSystem, SimSystemUser } from "@/lib/simulator/types";
import { forgetSandbox } from "@/lib/simulator/sim";
import type { TestSim } from "./sim";

/**
 * Reading and arranging a sandbox's state directly, through the simulator's own data layer, for tests that set
 * up what the services would have stored (an approval, a deleted system user) or check what they stored.
 */
export { putSystem, putSystemUser };

/** Changes the sandbox's controls behind the simulator's back (and drops its in-memory copy of the row). */
export async function setControls(sim: TestSim, patch: Parameters<typeof setControl>[1]): Promise<void> {
  await setControl(sim, patch);
  forgetSandbox(sim);
  await sim.refresh();
}

export const setClockSkew = (sim: TestSim, seconds: number) =>
  setControls(sim, { clockSkewSeconds: seconds });

export const grantsOf = (sim: TestSim, orgno: string): Promise<string[]> => grantedScopes(sim, orgno);

export async function withdrawGrants(sim: TestSim, orgno: string, scopes: readonly string[]): Promise<void> {
  for (const scope of scopes) await withdrawScope(sim, orgno, scope);
}

export async function clientOf(sim: TestSim, clientId: string): Promise<SimClient> {
  const c = await getClient(sim, clientId);
  if (!c) throw new Error(`no client ${clientId}`);
  return c;
}

export async function patchClient(
  sim: TestSim,
  clientId: string,
  fn: (c: SimClient) => SimClient,
): Promise<void> {
  await putClient(sim, fn(await clientOf(sim, clientId)));
}

export async function patchRequest(
  sim: TestSim,
  id: string,
  fn: (r: SimRequest) => SimRequest,
): Promise<void> {
  const r = await getRequestRecord(sim, id);
  if (!r) throw new Error(`no request ${id}`);
  await putRequest(sim, fn(r));
}

export async function patchSystemUser(
  sim: TestSim,
  id: string,
  fn: (u: SimSystemUser) => SimSystemUser,
): Promise<void> {
  const [u] = await getSystemUsers(sim, [id]);
  if (!u) throw new Error(`no system user ${id}`);
  await putSystemUser(sim, fn(u));
}

export async function patchSystem(
  sim: TestSim,
  internalId: string,
  fn: (s: SimSystem) => SimSystem,
): Promise<void> {
  const s = await getSystemByInternalId(sim, internalId);
  if (!s) throw new Error(`no system ${internalId}`);
  await putSystem(sim, fn(s));
}

export async function systemsOf(sim: TestSim): Promise<SimSystem[]> {
  const rows = await sim.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(eq(simSystems.sandboxId, sim.sandboxId))
    .orderBy(asc(simSystems.internalId));
  return rows.map((r) => r.data);
}

export async function systemUsersOf(sim: TestSim): Promise<SimSystemUser[]> {
  const rows = await sim.db
    .select({ data: simSystemUsers.data })
    .from(simSystemUsers)
    .where(eq(simSystemUsers.sandboxId, sim.sandboxId))
    .orderBy(asc(simSystemUsers.seq));
  return rows.map((r) => r.data);
}

export async function idempotencyCount(sim: TestSim): Promise<number> {
  const rows = await sim.db
    .select({ key: simIdempotency.key })
    .from(simIdempotency)
    .where(eq(simIdempotency.sandboxId, sim.sandboxId));
  return rows.length;
}

export const jtiUsed = (sim: TestSim, jti: string): Promise<boolean> => isJtiUsed(sim, jti, sim.now());

/**
 * Every row of the sandbox's world, in key order, as one comparable string (one query): "the state is
 * unchanged" means this is unchanged. `last_used_at` is left out (housekeeping, written at most once a minute).
 */
export async function snapshot(sim: TestSim, opts: { withoutJtis?: boolean } = {}): Promise<string> {
  const rows = (t: string, order: string) =>
    sql.raw(
      `(select coalesce(json_agg(to_jsonb(x) - 'sandbox_id' order by ${order}), '[]') from ${t} x where x.sandbox_id = s.id)`,
    );
  const res = await sim.db.execute(sql`
    select json_build_object(
      'settings', to_jsonb(s) - 'last_used_at',
      'grants', ${rows("sim_scope_grants", "orgno, scope")},
      'clients', ${rows("sim_clients", "client_id")},
      'systems', ${rows("sim_systems", "internal_id")},
      'requests', ${rows("sim_requests", "id")},
      'systemUsers', ${rows("sim_system_users", "id")},
      'idempotency', ${rows("sim_idempotency", "key")},
      'orgs', ${rows("sim_orgs", "orgno")},
      'jtis', ${opts.withoutJtis ? sql`null` : rows("sim_used_jtis", "jti")}
    ) as world
    from sim_sandboxes s where s.id = ${sim.sandboxId}`);
  const [row] = (res as unknown as { rows: { world: unknown }[] }).rows;
  return JSON.stringify(row?.world ?? null);
}
