/**
 * The simulator's records, as stored in the `data` column of the sim_* tables (lib/db/schema/simulator.ts) and
 * read and written through lib/simulator/db. Shapes follow the real services' wire models (contracts §2, §4).
 */
export interface SimClientKey {
  /** Public JWK as registered (RSA, RS256, 2048-bit). */
  jwk: { kty: "RSA"; n: string; e: string; kid: string; alg?: string; use?: string; [k: string]: unknown };
  /** Epoch ms of upload: keys expire one year after (MP-121). */
  created: number;
}

export interface SimClient {
  client_id: string;
  /** The vendor organisation that owns the client (the portal login's org). */
  orgno: string;
  integration_type: string;
  client_name: string;
  description: string;
  token_endpoint_auth_method: string;
  grant_types: string[];
  scopes: string[];
  created: string;
  last_updated: string;
  keys: SimClientKey[];
}

export interface SimRight {
  action?: string;
  resource: { id: string; value: string }[];
}

export interface SimSystem {
  /** Internal GUID returned by POST. */
  internalId: string;
  id: string;
  vendorOrgNo: string;
  name: Record<string, string>;
  description: Record<string, string>;
  rights: SimRight[];
  accessPackages: { urn: string }[];
  clientId: string[];
  isVisible: boolean;
  allowedRedirectUrls: string[];
  isDeleted: boolean;
  created: string;
  lastChanged: string;
}

export type SimRequestStatus = "New" | "Accepted" | "Rejected" | "Denied" | "Timedout";

export interface SimRequest {
  id: string;
  externalRef: string;
  systemId: string;
  partyOrgNo: string;
  vendorOrgNo: string;
  integrationTitle: string;
  rights: SimRight[];
  accessPackages: { urn: string }[];
  status: SimRequestStatus;
  redirectUrl?: string;
  escalated: boolean;
  created: string;
  /** Epoch ms after which a New request counts as Timedout. */
  expiresAt: number;
  decidedAt?: string;
  isDeleted: boolean;
  /**
   * "agent" for an agent request (contracts-more §1.3); absent for a standard one, so rows stored before
   * agent requests existed stay standard. Both kinds share sim_requests, as Altinn's requests share a table.
   */
  userType?: "agent";
}

/** A change request (contracts-more §2): its id is the vendor's correlation-id. */
export interface SimChangeRequest {
  id: string;
  systemUserId: string;
  systemId: string;
  partyOrgNo: string;
  externalRef: string;
  vendorOrgNo: string;
  requiredRights: SimRight[];
  unwantedRights: SimRight[];
  requiredAccessPackages: { urn: string }[];
  unwantedAccessPackages: { urn: string }[];
  status: SimRequestStatus;
  redirectUrl?: string;
  created: string;
  /** Epoch ms after which a New change request counts as Timedout. */
  expiresAt: number;
  decidedAt?: string;
  isDeleted: boolean;
}

/** A client delegated to an agent system user (contracts-more §1.6). */
export interface SimClientDelegation {
  systemUserId: string;
  /** The client's party UUID, as `/clients/available` names it. */
  clientId: string;
  clientOrgNo: string;
  created: string;
}

export interface SimSystemUser {
  id: string;
  integrationTitle: string;
  systemId: string;
  /** Internal id of the system, so a later deletion of the system is seen. */
  systemInternalId: string;
  productName: string;
  reporteeOrgNo: string;
  supplierOrgno: string;
  supplierName: string;
  externalRef: string;
  rights: SimRight[];
  accessPackages: { urn: string }[];
  userType: "standard" | "agent";
  created: string;
  isDeleted: boolean;
}

export type SimService = "maskinporten" | "samarbeid" | "altinn" | "altinn-ui" | "skatteetaten" | "brreg";

export interface SimFault {
  id: string;
  service: SimService | "*";
  /** Applies when the path after /sim/<service> starts with this (default: every path). */
  pathPrefix?: string;
  method?: string;
  /**
   * status: answer with this status at once, without processing. latency / malformed / drop: process the
   * request (so side effects happen, as when a real answer is lost), then answer late, with a broken body,
   * or by cutting the connection.
   */
  kind: "latency" | "status" | "malformed" | "drop";
  status?: number;
  latencyMs?: number;
  /** How many more requests it applies to; undefined = until cleared. */
  remaining?: number;
}

export interface SimControl {
  clockSkewSeconds: number;
  requestTimeoutSeconds: number;
  faults: SimFault[];
}

export interface SimIdempotencyRecord {
  key: string;
  bodyHash: string;
  status: number;
  body: unknown;
  created: number;
}
