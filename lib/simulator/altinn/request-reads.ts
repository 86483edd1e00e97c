import type { RequestKind, RequestWithVendor } from "../db/requests";
import { listRequestsBySystem as listRequestsBySystemPage } from "../db/requests";
import { findSystemById } from "../db/systems";
import { json } from "../http";
import type { Sim } from "../sim";
import type { SimRequest } from "../types";
import { authorize, type Caller } from "./auth";
import { invalidParameter, parseGuid, queryParam } from "./json-binding";
import { decodeOpaque, encodeOpaque, page, PAGE_SIZE, paginated } from "./paging";
import { altinnProblem, aspNetStatusProblem } from "./problems";
import { apiBase } from "./request-model";

/**
 * The read side shared by standard and agent requests (contracts §2.8, contracts-more §1.3): the same caller
 * check, the same AUTH-00010 / AUTH-00011 answers and the same paging; only the kind, the path and the response
 * shape differ.
 */
/** GET endpoints answer a token without a usable vendor org with ASP.NET's `Unauthorized()`. */
export async function readCaller(
  sim: Sim,
  req: Request,
): Promise<(Caller & { vendorOrgNo: string }) | Response> {
  const caller = await authorize(sim, req, "requestRead");
  if (caller instanceof Response) return caller;
  if (caller.vendorOrgNo === null) return aspNetStatusProblem(401);
  return caller as Caller & { vendorOrgNo: string };
}

export function answerOwned(
  found: RequestWithVendor | undefined,
  vendorOrgNo: string,
  body: (r: SimRequest) => unknown,
): Response {
  if (!found) return altinnProblem("AUTH-00010");
  if (found.systemVendorOrgNo !== vendorOrgNo) return altinnProblem("AUTH-00011");
  return json(body(found.request));
}

/**
 * GET …/bysystem/{systemId}[?token=]: ordered by id, continuing after the token's id, as Altinn's repository query
 * does (the agent query has no ORDER BY; id order is one reliable reading of it): one page and one more, to know
 * whether another page follows, read through the (sandbox, system, id) index.
 */
export async function listBySystem(
  sim: Sim,
  req: Request,
  systemId: string,
  kind: RequestKind,
  body: (r: SimRequest) => unknown,
): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const token = queryParam(req, "token");
  let after = "";
  if (token !== null && token !== "") {
    const decoded = decodeOpaque(token, "string");
    const guid = typeof decoded === "string" ? parseGuid(decoded) : null;
    if (!guid) return invalidParameter("token", token);
    after = guid;
  }
  const system = await findSystemById(sim, systemId);
  if (!system || system.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  const rows = await listRequestsBySystemPage(sim, systemId, after, PAGE_SIZE + 1, kind);
  const p = page(rows, (r) => r.id);
  const segment = kind === "agent" ? "vendor/agent/bysystem" : "vendor/bysystem";
  const next =
    p.continuation !== undefined
      ? `${apiBase(sim)}/systemuser/request/${segment}/${encodeURIComponent(systemId)}?token=${encodeOpaque(p.continuation)}`
      : undefined;
  return json(paginated(p.items.map(body), next));
}
