import { z } from "zod";
import { API_IDS } from "../catalogue";

/**
 * The wizard's per-session state, as pages and actions use it. It is stored in the database split into
 * parts, one or a few per step (lib/session/parts.ts), each with its own schema version; this file is the
 * in-memory shape those parts are assembled into. The private key is never part of it: `key` is only the
 * public metadata, the key itself is encrypted in wizard_keys (lib/keys/store.ts).
 */
export const STEP_IDS = ["onboarding", "scopes", "client", "system", "customer", "token", "call"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const environmentIdSchema = z.enum(["simulator", "test", "production"]);
export const apiIdSchema = z.enum(API_IDS);

const orgno = z.string().regex(/^\d{9}$/);

export const SYSTEM_KINDS = ["standard", "agent"] as const;
export const systemKindSchema = z.enum(SYSTEM_KINDS);
export type SystemKind = z.infer<typeof systemKindSchema>;

export const publicJwkSchema = z.object({
  kty: z.literal("RSA"),
  n: z.string(),
  e: z.string(),
  kid: z.string(),
  alg: z.literal("RS256"),
  use: z.literal("sig"),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** What is stored of the key with the state: everything but the private part. */
export const keyMetaSchema = z.object({
  kid: z.string(),
  publicJwk: publicJwkSchema,
  source: z.enum(["generated", "pem", "jwk"]),
  createdAt: z.number(),
});
export type KeyMeta = z.infer<typeof keyMetaSchema>;

/** `downloaded` is not stored with the state: it is read from wizard_keys.downloaded_at, which the server sets. */
const keySchema = keyMetaSchema.extend({ downloaded: z.boolean() });

/**
 * Something the user must be told about their saved state: it was brought over from the first release's
 * cookies (and the simulator's world was reset), or a part of it could not be read and which step redoes it.
 */
export const LOST_REASONS = ["unreadable", "tooOld", "tooNew", "keyMissing"] as const;
export type LostReason = (typeof LOST_REASONS)[number];

export const noticeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("imported"),
    id: z.string(),
    at: z.number(),
    /** The state was on the simulator, whose world (clients, grants, systems, requests) did not come along. */
    simulatorReset: z.boolean(),
    redo: z.array(z.enum(STEP_IDS)),
  }),
  z.object({
    kind: z.literal("partLost"),
    id: z.string(),
    part: z.string(),
    reason: z.enum(LOST_REASONS),
    redo: z.enum(STEP_IDS),
  }),
]);
export type Notice = z.infer<typeof noticeSchema>;

const decodedTokenSchema = z.object({
  at: z.number(),
  /** Decoded header and payload of the access token (no signature: not usable as a credential). */
  header: z.record(z.string(), z.unknown()),
  claims: z.record(z.string(), z.unknown()),
  clockOffsetSeconds: z.number().nullable(),
  durationMs: z.number(),
});

const rightSchema = z.object({
  action: z.string().optional(),
  resource: z.array(z.object({ id: z.string(), value: z.string() })),
});

export const callRecordSchema = z.object({
  api: apiIdSchema,
  method: z.string(),
  url: z.string(),
  status: z.number(),
  correlationId: z.string().nullable(),
  durationMs: z.number(),
  at: z.number(),
  ok: z.boolean(),
  /** Response body, truncated (the first release kept it in a cookie); the page shows it. */
  body: z.string(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

export const wizardStateSchema = z.object({
  v: z.literal(1),
  env: environmentIdSchema,
  vendor: z.object({ orgno, name: z.string().nullable() }).optional(),
  /** Prerequisites the user has ticked as done (test/production), by id. */
  prerequisites: z.record(z.string(), z.boolean()),
  apis: z.array(apiIdSchema),
  /** Per scope: ordered (asked for) or granted (confirmed). */
  scopes: z.record(z.string(), z.enum(["ordered", "granted"])),
  key: keySchema.optional(),
  client: z
    .object({
      clientId: z.string(),
      scopes: z.array(z.string()),
      origin: z.enum(["self-service", "manual"]),
      kid: z.string(),
    })
    .optional(),
  testToken: decodedTokenSchema.optional(),
  system: z
    .object({
      systemId: z.string(),
      /**
       * Who uses the system: the customers themselves ("standard" system users) or accountants, auditors and
       * property managers for their clients ("agent" system users, contracts-more §1). Saved before agents
       * existed means standard.
       */
      kind: systemKindSchema.default("standard"),
      /** The registration JSON as last sent to Altinn. */
      registration: z.record(z.string(), z.unknown()),
      savedAt: z.number(),
    })
    .optional(),
  request: z
    .object({
      id: z.string(),
      systemId: z.string(),
      partyOrgNo: orgno,
      externalRef: z.string(),
      rights: z.array(rightSchema),
      /** Access packages the request asked for (step 5); absent in states saved before it was recorded. */
      accessPackages: z.array(z.object({ urn: z.string() })).optional(),
      redirectUrl: z.string().nullable(),
      status: z.string(),
      confirmUrl: z.string(),
      createdAt: z.number(),
      checkedAt: z.number(),
    })
    .optional(),
  systemUser: z
    .object({
      id: z.string(),
      reporteeOrgNo: z.string(),
      externalRef: z.string(),
      systemId: z.string(),
      /** "standard" or "agent" (byquery's userType), when known. */
      userType: z.string().optional(),
    })
    .optional(),
  /** Step 5's budget for following statuses in Altinn (lib/customers/status-budget.ts). */
  statusBudget: z.object({ tokens: z.number(), at: z.number(), lastCost: z.number() }).optional(),
  systemUserToken: decodedTokenSchema.optional(),
  calls: z.array(callRecordSchema),
  /** When each step was completed, with a fingerprint of the inputs it was completed with (lib/steps.ts). */
  done: z.partialRecord(z.enum(STEP_IDS), z.object({ at: z.number(), fp: z.string() })),
  /** Explanations to show on every page until dismissed (imported) or until the step is redone (partLost). */
  notices: z.array(noticeSchema),
});

export type WizardState = z.infer<typeof wizardStateSchema>;

export function initialState(env: WizardState["env"] = "simulator"): WizardState {
  return { v: 1, env, prerequisites: {}, apis: [], scopes: {}, calls: [], done: {}, notices: [] };
}
