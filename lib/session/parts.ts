import { z } from "zod";
import {
  initialState,
  keyMetaSchema,
  noticeSchema,
  wizardStateSchema,
  type LostReason,
  type Notice,
  type StepId,
  type WizardState,
} from "./state";

/**
 * How the in-memory WizardState is stored: one row per part in wizard_state_parts, each with the version of
 * its JSON shape. Parts follow the steps, so two tabs working on different steps write different rows and
 * never collide, and a part that cannot be read costs only the step that rewrites it. Version 1 of every
 * part is the first release's slice of its cookie state, so importing those cookies runs the same
 * migrations as an old row does.
 */
export const PART_NAMES = [
  "onboarding",
  "scopes",
  "client",
  "system",
  "customer",
  "token",
  "calls",
  "done",
  "notices",
] as const;
export type PartName = (typeof PART_NAMES)[number];

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface PartDef<D extends object = object> {
  name: PartName;
  /** The top-level WizardState fields the part holds (a first-release state is split by these). */
  fields: readonly string[];
  /** The current shape's version; rows of a lower version are migrated, of a higher one are explained. */
  version: number;
  schema: z.ZodType<D>;
  /** `migrations[n]` turns version n into version n + 1. A version with no way up is too old. */
  migrations: Record<number, Migration>;
  /** The step that rewrites this part, named when it is lost; null: nothing worth explaining (notices). */
  redo: StepId | null;
  pick(s: WizardState): D;
  apply(s: WizardState, data: D): WizardState;
}

const shape = wizardStateSchema.shape;

function part<D extends object>(def: PartDef<D>): PartDef {
  return def as unknown as PartDef;
}

/** A part made of top-level fields of the state, stored as they are. */
function fields<K extends keyof WizardState>(
  name: PartName,
  redo: StepId | null,
  keys: readonly K[],
): PartDef {
  const schema = z.object(Object.fromEntries(keys.map((k) => [k, shape[k]]))) as unknown as z.ZodType<
    Pick<WizardState, K>
  >;
  return part<Pick<WizardState, K>>({
    name,
    fields: keys,
    version: 1,
    schema,
    migrations: {},
    redo,
    pick: (s) => Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<WizardState, K>,
    apply: (s, d) => ({ ...s, ...d }),
  });
}

const clientPartSchema = z.object({
  key: keyMetaSchema.optional(),
  client: shape.client,
  testToken: shape.testToken,
});
type ClientPart = z.infer<typeof clientPartSchema>;

export const PARTS: readonly PartDef[] = [
  fields("onboarding", "onboarding", ["env", "vendor", "prerequisites"]),
  fields("scopes", "scopes", ["apis", "scopes"]),
  part<ClientPart>({
    name: "client",
    fields: ["key", "client", "testToken"],
    version: 2,
    schema: clientPartSchema,
    migrations: {
      // Version 1 (the first release) kept the private key in the state; it now lives only in wizard_keys,
      // and whether it was downloaded is wizard_keys.downloaded_at.
      1: (d) => {
        const key = d.key as Record<string, unknown> | undefined;
        if (!key) return d;
        const { privatePkcs8: _private, downloaded: _downloaded, ...meta } = key;
        return { ...d, key: meta };
      },
    },
    redo: "client",
    pick: (s) => ({
      key: s.key && {
        kid: s.key.kid,
        publicJwk: s.key.publicJwk,
        source: s.key.source,
        createdAt: s.key.createdAt,
      },
      client: s.client,
      testToken: s.testToken,
    }),
    // `downloaded` is filled in from wizard_keys by assembleState.
    apply: (s, d) => ({
      ...s,
      key: d.key && { ...d.key, downloaded: false },
      client: d.client,
      testToken: d.testToken,
    }),
  }),
  fields("system", "system", ["system"]),
  fields("customer", "customer", ["request", "systemUser", "statusBudget"]),
  fields("token", "token", ["systemUserToken"]),
  fields("calls", "call", ["calls"]),
  fields("done", "onboarding", ["done"]),
  part<{ notices: Notice[] }>({
    name: "notices",
    fields: ["notices"],
    version: 1,
    schema: z.object({ notices: z.array(noticeSchema) }),
    migrations: {},
    redo: null,
    // Lost-part notices are worked out on every read from the parts themselves; only the rest is stored.
    pick: (s) => ({ notices: s.notices.filter((n) => n.kind !== "partLost") }),
    apply: (s, d) => ({ ...s, notices: d.notices }),
  }),
];

export function partDef(name: PartName): PartDef {
  return PARTS.find((p) => p.name === name)!;
}

export type Decoded = { ok: true; data: object } | { ok: false; reason: Exclude<LostReason, "keyMissing"> };

/** Brings stored data of `version` up to the part's current shape, or says why it cannot. */
export function decodePart(def: PartDef, version: number, data: unknown): Decoded {
  if (!Number.isInteger(version) || version > def.version) return { ok: false, reason: "tooNew" };
  let current = data;
  for (let v = version; v < def.version; v++) {
    const step = def.migrations[v];
    if (!step) return { ok: false, reason: "tooOld" };
    if (typeof current !== "object" || current === null || Array.isArray(current))
      return { ok: false, reason: "unreadable" };
    try {
      current = step(current as Record<string, unknown>);
    } catch {
      return { ok: false, reason: "unreadable" };
    }
  }
  const parsed = def.schema.safeParse(current);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: "unreadable" };
}

export interface PartRow {
  part: string;
  schemaVersion: number;
  data: unknown;
  version: number;
}

/** What was read of each part: its row version (null: no row) and its value as stored JSON, to diff against. */
export type Snapshot = Record<PartName, { version: number | null; json: string }>;

/**
 * Builds the state from the stored parts. An unreadable, too old or too new part is left in the database as
 * it is and reported as a notice naming the step that rewrites it; the rest of the state is used as usual.
 */
export function assembleState(
  rows: readonly PartRow[],
  storedKey: { kid: string; downloaded: boolean } | null,
  defaultEnv: WizardState["env"],
): { state: WizardState; snapshot: Snapshot } {
  let state = initialState(defaultEnv);
  const lost: Notice[] = [];
  const byName = new Map(rows.map((r) => [r.part, r]));
  for (const def of PARTS) {
    const row = byName.get(def.name);
    if (!row) continue;
    const decoded = decodePart(def, row.schemaVersion, row.data);
    if (decoded.ok) state = def.apply(state, decoded.data);
    else if (def.redo) lost.push(lostNotice(def, decoded.reason));
  }
  if (state.key) {
    if (storedKey && storedKey.kid === state.key.kid)
      state.key = { ...state.key, downloaded: storedKey.downloaded };
    else {
      // The metadata says there is a key the key store does not have: say so instead of offering a key that
      // cannot sign.
      const { key: _missing, ...rest } = state;
      state = rest;
      lost.push(lostNotice(partDef("client"), "keyMissing"));
    }
  }
  state = { ...state, notices: [...state.notices, ...lost] };
  const snapshot = {} as Snapshot;
  for (const def of PARTS)
    snapshot[def.name] = {
      version: byName.get(def.name)?.version ?? null,
      json: stableJson(def.pick(state)),
    };
  return { state, snapshot };
}

function lostNotice(def: PartDef, reason: LostReason): Notice {
  return {
    kind: "partLost",
    id: `part:${def.name}:${reason}`,
    part: def.name,
    reason,
    redo: def.redo ?? "onboarding",
  };
}

export interface PartChange {
  part: PartName;
  schemaVersion: number;
  data: object;
  /** The row version the change was computed from; null: there was no row. */
  expected: number | null;
}

/** The parts whose stored value differs from what was read, in PART_NAMES order (so writers lock alike). */
export function changedParts(snapshot: Snapshot, next: WizardState): PartChange[] {
  const out: PartChange[] = [];
  for (const def of PARTS) {
    const value = def.pick(next);
    const json = stableJson(value);
    if (json === snapshot[def.name].json) continue;
    out.push({
      part: def.name,
      schemaVersion: def.version,
      data: JSON.parse(json) as object,
      expected: snapshot[def.name].version,
    });
  }
  return out;
}

/**
 * JSON with object keys sorted and undefined members left out (jsonb does not keep key order, and the
 * comparison with what was read must not see a change where there is none). U+0000 becomes U+FFFD:
 * PostgreSQL's jsonb cannot hold it, and a NUL in a form field or in an upstream answer must not make a
 * save fail.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === "string") return v.includes("\u0000") ? v.replaceAll("\u0000", "\uFFFD") : v;
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => [k.replaceAll("\u0000", "\uFFFD"), x] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}
