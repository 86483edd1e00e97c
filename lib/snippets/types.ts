import { API_LIST, type ApiId, type ApiSnippetId } from "../apis";
import type { BuiltCall } from "../apis/types";
import type { StepId } from "../session/state";

/**
 * A snippet is one call the wizard makes, written out as a copyable curl command and as TypeScript (jose +
 * fetch) with the user's own values. Secrets never appear: the private key is a path placeholder and
 * tokens are `$ACCESS_TOKEN` / `process.env.ACCESS_TOKEN`.
 */
const FIXED_SNIPPET_IDS = [
  "maskinporten-token",
  "altinn-system-get",
  "altinn-system-create",
  "altinn-system-update",
  "altinn-request-create",
  "altinn-request-get",
  "altinn-request-byexternalref",
  "maskinporten-systemuser-token",
  "altinn-systemuser-byquery",
] as const;
/** Each API's own snippet id comes from its module (lib/apis/<id>). */
export type SnippetId = (typeof FIXED_SNIPPET_IDS)[number] | ApiSnippetId;
export const SNIPPET_IDS: readonly SnippetId[] = [...FIXED_SNIPPET_IDS, ...API_LIST.map((a) => a.snippet.id)];

export interface Snippet {
  id: SnippetId;
  /** The wizard step that makes this call. */
  step: StepId;
  method: "GET" | "POST" | "PUT";
  url: string;
  curl: string;
  typescript: string;
}

/**
 * Everything the builders need, already reduced to plain values (no secrets in here at all). Missing values
 * become readable placeholders, so steps 3–5 can show snippets before every value exists.
 */
export interface SnippetContext {
  maskinporten: { issuer: string; tokenEndpoint: string };
  altinnPlatformUrl: string;
  skatteetaten: Record<ApiId, string>;
  clientId: string;
  kid: string;
  vendorOrgNo: string;
  altinnScopes: string[];
  apis: ApiId[];
  /** The chosen APIs' scopes: what the system-user token asks for. */
  apiScopes: string[];
  systemId: string;
  /** The registration JSON as last sent (or a minimal one built from the other values). */
  registration: unknown;
  requestId: string;
  customerOrgNo: string;
  externalRef: string;
  /** The access-request JSON as sent in step 5. */
  accessRequest: unknown;
  /** The income year the innrapportering snippets use. */
  inntektsaar: number;
  /** Each chosen API's test call as its module builds it (lib/apis/<id>). */
  apiCalls: Partial<Record<ApiId, BuiltCall>>;
}

export const PLACEHOLDER = {
  clientId: "<client id>",
  kid: "<kid>",
  vendorOrgNo: "<vendor org number>",
  systemId: "<system id>",
  requestId: "<request id>",
  customerOrgNo: "<customer org number>",
  externalRef: "<externalRef>",
  privateKey: "<path to your private key>",
} as const;
