import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import type { SyntheticOrg } from "../../simulator/orgs";
import type {
  SimChangeRequest,
  SimClient,
  SimClientDelegation,
  SimFault,
  SimIdempotencyRecord,
  SimRequest,
  SimSystem,
  SimSystemUser,
} from "../../simulator/types";

/**
 * The simulated services' state. Everything belongs to one sandbox (a wizard session's own simulated world, or
 * "shared" for the un-prefixed /sim/… paths); deleting a sandbox deletes its world. Lookup keys are columns with
 * indexes; each entity's full wire-shaped record is `data`, typed by lib/simulator/types.ts.
 */
export const simSandboxes = pgTable(
  "sim_sandboxes",
  {
    id: text("id").primaryKey(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
    /** Fractions allowed: a skew of 10.5 s tests the edge of Maskinporten's ±10 s. */
    clockSkewSeconds: doublePrecision("clock_skew_seconds").notNull().default(0),
    requestTimeoutSeconds: integer("request_timeout_seconds").notNull(),
    faults: jsonb("faults").$type<SimFault[]>().notNull().default([]),
  },
  (t) => [index("sim_sandboxes_last_used_idx").on(t.lastUsedAt)],
);

const sandboxId = () =>
  text("sandbox_id")
    .notNull()
    .references(() => simSandboxes.id, { onDelete: "cascade" });

/** Scopes granted to an organisation (Digdir's, Altinn's or Skatteetaten's decision). */
export const simScopeGrants = pgTable(
  "sim_scope_grants",
  {
    sandboxId: sandboxId(),
    orgno: text("orgno").notNull(),
    scope: text("scope").notNull(),
    /** The self-service API lists an organisation's scopes in the order they were granted. */
    grantedAt: timestamp("granted_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [primaryKey({ columns: [t.sandboxId, t.orgno, t.scope] })],
);

export const simClients = pgTable(
  "sim_clients",
  {
    sandboxId: sandboxId(),
    clientId: text("client_id").notNull(),
    orgno: text("orgno").notNull(),
    data: jsonb("data").$type<SimClient>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.clientId] }),
    index("sim_clients_org_idx").on(t.sandboxId, t.orgno),
  ],
);

export const simSystems = pgTable(
  "sim_systems",
  {
    sandboxId: sandboxId(),
    internalId: text("internal_id").notNull(),
    systemId: text("system_id").notNull(),
    vendorOrgNo: text("vendor_orgno").notNull(),
    isDeleted: boolean("is_deleted").notNull().default(false),
    data: jsonb("data").$type<SimSystem>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.internalId] }),
    index("sim_systems_system_idx").on(t.sandboxId, t.systemId),
    index("sim_systems_vendor_idx").on(t.sandboxId, t.vendorOrgNo),
  ],
);

export const simRequests = pgTable(
  "sim_requests",
  {
    sandboxId: sandboxId(),
    id: text("id").notNull(),
    systemId: text("system_id").notNull(),
    partyOrgNo: text("party_orgno").notNull(),
    externalRef: text("external_ref").notNull(),
    data: jsonb("data").$type<SimRequest>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.id] }),
    index("sim_requests_key_idx").on(t.sandboxId, t.systemId, t.partyOrgNo, t.externalRef),
    // Altinn's `bysystem` list pages in id order after a continuation id: one index range per page.
    index("sim_requests_system_id_idx").on(t.sandboxId, t.systemId, t.id),
  ],
);

export const simSystemUsers = pgTable(
  "sim_system_users",
  {
    sandboxId: sandboxId(),
    id: text("id").notNull(),
    systemId: text("system_id").notNull(),
    reporteeOrgNo: text("reportee_orgno").notNull(),
    externalRef: text("external_ref").notNull(),
    data: jsonb("data").$type<SimSystemUser>().notNull(),
    /** Creation order: Altinn pages a system's users by a sequence number, and so does the simulator. */
    seq: integer("seq").notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.id] }),
    index("sim_system_users_key_idx").on(t.sandboxId, t.systemId, t.reporteeOrgNo, t.externalRef),
    index("sim_system_users_system_seq_idx").on(t.sandboxId, t.systemId, t.seq),
  ],
);

/** Skatteetaten's idempotencyKey records (innrapportering). */
export const simIdempotency = pgTable(
  "sim_idempotency",
  {
    sandboxId: sandboxId(),
    key: text("key").notNull(),
    data: jsonb("data").$type<SimIdempotencyRecord>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.key] }),
    // Pruning deletes records older than a day across every sandbox.
    index("sim_idempotency_created_idx").on(t.createdAt),
  ],
);

/**
 * Grant ids (jti) Maskinporten has accepted. The primary key makes "single use" a constraint of the database:
 * the insert happens before the token is answered, so a replay after a crash or on another instance fails.
 */
export const simUsedJtis = pgTable(
  "sim_used_jtis",
  {
    sandboxId: sandboxId(),
    jti: text("jti").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sandboxId, t.jti] }), index("sim_used_jtis_expiry_idx").on(t.expiresAt)],
);

/** The simulated Maskinporten's own signing key: one per database, so every instance issues verifiable tokens. */
export const simSigningKeys = pgTable("sim_signing_keys", {
  id: text("id").primaryKey(),
  kid: text("kid").notNull(),
  pkcs8Pem: text("pkcs8_pem").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The sandbox's organisation register (Enhetsregisteret as the simulator knows it): seeded with the synthetic
 * organisations of lib/simulator/orgs.ts when the sandbox is created, read by the simulated Brreg lookup and
 * search, Altinn's party check, the approval page's daglig leder and Skatteetaten's test data.
 */
export const simOrgs = pgTable(
  "sim_orgs",
  {
    sandboxId: sandboxId(),
    orgno: text("orgno").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<SyntheticOrg["role"]>().notNull(),
    /** Listing order: the seed's, so pickers offer the customer with Skatteetaten test data first. */
    position: integer("position").notNull(),
    data: jsonb("data").$type<SyntheticOrg>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sandboxId, t.orgno] })],
);

/** Change requests (contracts-more §2), keyed by the vendor's correlation-id; listed per system. */
export const simChangeRequests = pgTable(
  "sim_change_requests",
  {
    sandboxId: sandboxId(),
    id: text("id").notNull(),
    systemId: text("system_id").notNull(),
    systemUserId: text("system_user_id").notNull(),
    data: jsonb("data").$type<SimChangeRequest>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sandboxId, t.id] }),
    index("sim_change_requests_system_idx").on(t.sandboxId, t.systemId),
  ],
);

/** Clients delegated to agent system users (contracts-more §1.6): one row per (system user, client). */
export const simClientDelegations = pgTable(
  "sim_client_delegations",
  {
    sandboxId: sandboxId(),
    systemUserId: text("system_user_id").notNull(),
    clientId: text("client_id").notNull(),
    data: jsonb("data").$type<SimClientDelegation>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sandboxId, t.systemUserId, t.clientId] })],
);
