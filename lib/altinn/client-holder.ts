import type { RegisteredSystem, RegisteredSystemListItem } from "./types";

/** What the wizard can ask Altinn's system register (a subset of altinnClient). */
export interface SystemLookup {
  listSystems(): Promise<RegisteredSystemListItem[]>;
  getSystem(systemId: string): Promise<RegisteredSystem | null>;
}

export interface ClientHolder {
  systemId: string;
  /** The system's name in the reader's language (or another one it has), when Altinn gave one. */
  name?: string;
}

/** At most this many of the vendor's systems are read one by one (an error path: a few calls, never a crawl). */
const MAX_LOOKUPS = 20;

/**
 * Which live system already holds one of `clientIds` (AUTH.VLD-00004), other than `exceptSystemId`.
 *
 * Altinn does not say: its SystemRegisterController answers AUTH.VLD-00004 with only the path
 * /registersystemrequest/clientid, no system id or name (Altinn/altinn-authentication,
 * src/Authentication/Controllers/SystemRegisterController.cs, ValidateRegisteredSystem and ValidateClientIds;
 * contracts §2.5), and the simulator answers the same. So the wizard finds it from what it knows: the system
 * saved in this session first, then the vendor's own systems (GET systemregister/vendor lists them without
 * client ids, GET systemregister/vendor/{id} has them). A client of another vendor's system is not visible
 * to this vendor: then the answer is null and the doctor says "another system" without a name.
 */
export async function findClientHolder(
  altinn: SystemLookup,
  clientIds: readonly string[],
  exceptSystemId: string,
  opts: { savedSystemId?: string; locale?: string } = {},
): Promise<ClientHolder | null> {
  const wanted = new Set(clientIds.map((c) => c.toLowerCase()));
  const holds = (s: RegisteredSystem | null) =>
    !!s && !s.isDeleted && s.id !== exceptSystemId && s.clientId.some((c) => wanted.has(c.toLowerCase()));
  const named = (s: RegisteredSystem): ClientHolder => ({
    systemId: s.id,
    name: nameOf(s.name, opts.locale),
  });

  if (opts.savedSystemId && opts.savedSystemId !== exceptSystemId) {
    const saved = await altinn.getSystem(opts.savedSystemId);
    if (holds(saved)) return named(saved!);
  }
  const others = (await altinn.listSystems())
    .map((s) => s.systemId)
    .filter((id) => id !== exceptSystemId && id !== opts.savedSystemId)
    .slice(0, MAX_LOOKUPS);
  for (const id of others) {
    const s = await altinn.getSystem(id);
    if (holds(s)) return named(s!);
  }
  return null;
}

function nameOf(name: Record<string, string | undefined>, locale?: string): string | undefined {
  const pick = (locale && name[locale]) || name.nb || name.nn || name.en || Object.values(name).find(Boolean);
  return pick?.trim() || undefined;
}
