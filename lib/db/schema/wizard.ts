import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** bytea as a Node Buffer (drizzle has no built-in bytea column for PostgreSQL). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => Buffer.from(v),
});

/**
 * One row per wizard session. The browser holds only a random handle; the row is found by its SHA-256, so a
 * read of this table gives nothing to put in a cookie. `sandbox_id` is the session's own simulated world.
 */
export const wizardSessions = pgTable(
  "wizard_sessions",
  {
    id: text("id").primaryKey(),
    handleHash: text("handle_hash").notNull().unique(),
    sandboxId: text("sandbox_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("wizard_sessions_last_seen_idx").on(t.lastSeenAt)],
);

/**
 * The wizard state, one row per step part ("onboarding", "scopes", …). Each part carries the version of its
 * JSON shape (migrated when old) and a row version for optimistic concurrency: a write names the version it
 * read, so two tabs never overwrite each other silently.
 */
export const wizardStateParts = pgTable(
  "wizard_state_parts",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => wizardSessions.id, { onDelete: "cascade" }),
    part: text("part").notNull(),
    schemaVersion: integer("schema_version").notNull(),
    data: jsonb("data").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.part] })],
);

/**
 * The vendor's private key, encrypted at rest (AES-256-GCM; key derived from SESSION_SECRET, the session id
 * as additional data so a row copied to another session does not open). Only lib/keys/store.ts reads it.
 */
export const wizardKeys = pgTable("wizard_keys", {
  sessionId: text("session_id")
    .primaryKey()
    .references(() => wizardSessions.id, { onDelete: "cascade" }),
  kid: text("kid").notNull(),
  /** iv (12) | tag (16) | ciphertext of the PKCS#8 DER. */
  privateKeyEnc: bytea("private_key_enc").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  downloadedAt: timestamp("downloaded_at", { withTimezone: true }),
});

/**
 * Step 5's customers: one row per (session, system, customer org), each with its own request, status,
 * confirmUrl and system user. Rows rather than one JSON part, so that hundreds of customers and two tabs
 * adding different customers never overwrite each other, and withdrawing one customer's request touches
 * only its row. `request_kind` is "standard" or "agent" (contracts-more §1).
 */
export const wizardCustomers = pgTable(
  "wizard_customers",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => wizardSessions.id, { onDelete: "cascade" }),
    systemId: text("system_id").notNull(),
    orgNo: text("org_no").notNull(),
    requestKind: text("request_kind").notNull().default("standard"),
    externalRef: text("external_ref").notNull(),
    requestId: text("request_id").notNull().default(""),
    status: text("status").notNull(),
    confirmUrl: text("confirm_url").notNull().default(""),
    /** The request body's rights, packages and redirect URL, so "renew" sends the same again. */
    request: jsonb("request").notNull(),
    systemUserId: text("system_user_id"),
    /**
     * What the system user holds, as far as the wizard knows: the approved request's rights and packages,
     * plus accepted change requests. Null: not known (an existing system user found through AUTH-00004).
     */
    held: jsonb("held"),
    /** The latest change request for this system user: { id, status, confirmUrl, ... } (contracts-more §2). */
    changeRequest: jsonb("change_request"),
    /** The last failed send's error code (AUTH-xxxxx, HTTP status), shown on the customer's row. */
    errorCode: text("error_code"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.systemId, t.orgNo] }),
    index("wizard_customers_updated_idx").on(t.sessionId, t.systemId, t.updatedAt),
  ],
);
