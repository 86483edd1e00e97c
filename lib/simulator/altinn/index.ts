import { empty } from "../http";
import type { Sim } from "../sim";
import {
  createAgentRequest,
  getAgentRequest,
  getAgentRequestByExternalRef,
  listAgentRequestsBySystem,
} from "./agent-requests";
import { availableClients, changeClient, delegatedClients, listAgents } from "./client-delegation";
import { enduserLogin } from "./enduser-auth";
import {
  createChangeRequest,
  deleteChangeRequest,
  getChangeRequest,
  getChangeRequestByExternalRef,
  listChangeRequests,
} from "./change-requests";
import { aspNetStatusProblem } from "./problems";
import {
  createRequest,
  deleteRequest,
  getRequest,
  getRequestByExternalRef,
  listRequestsBySystem,
} from "./requests";
import {
  createSystem,
  deleteSystem,
  getSystem,
  listSystems,
  updateAccessPackages,
  updateRights,
  updateSystem,
} from "./system-register";
import { systemUserByQuery, systemUsersBySystem } from "./system-users";

/**
 * The simulated Altinn platform's authentication API under /sim/altinn (contracts §2). `path` is the part
 * after /sim/altinn, already split and URL-decoded: ["authentication", "api", "v1", …]. Unknown routes get
 * an empty 404 and a known route with another method an empty 405, as ASP.NET routing answers.
 */
type Route = Partial<Record<string, () => Promise<Response>>>;

/** A body over the limit: ASP.NET's 413 problem, as Kestrel's request size limit answers. */
export function altinnBodyTooLarge(): Response {
  return aspNetStatusProblem(413);
}

export async function handleAltinn(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const [a, b, c, ...rest] = path;
  if (a !== "authentication" || b !== "api" || c !== "v1") return empty(404);
  const route = routeFor(sim, req, rest);
  if (!route) return empty(404);
  const handler = route[req.method];
  return handler ? handler() : empty(405, { allow: Object.keys(route).join(", ") });
}

function routeFor(sim: Sim, req: Request, p: string[]): Route | null {
  const at = (...segments: (string | null)[]) =>
    p.length === segments.length &&
    segments.every((s, i) => s === null || s.toLowerCase() === p[i]!.toLowerCase());
  const arg = (i: number) => p[i]!;

  // System register.
  if (at("systemregister", "vendor"))
    return { GET: () => listSystems(sim, req), POST: () => createSystem(sim, req) };
  if (at("systemregister", "vendor", null, "rights")) return { PUT: () => updateRights(sim, req, arg(2)) };
  if (at("systemregister", "vendor", null, "accesspackages"))
    return { PUT: () => updateAccessPackages(sim, req, arg(2)) };
  if (at("systemregister", "vendor", null)) {
    return {
      GET: () => getSystem(sim, req, arg(2)),
      PUT: () => updateSystem(sim, req, arg(2)),
      DELETE: () => deleteSystem(sim, req, arg(2)),
    };
  }

  // System-user requests, standard and agent (contracts-more §1.3); the agent paths come first, as ASP.NET
  // prefers literal segments over the {requestId} parameter.
  if (at("systemuser", "request", "vendor")) return { POST: () => createRequest(sim, req) };
  if (at("systemuser", "request", "vendor", "agent")) return { POST: () => createAgentRequest(sim, req) };
  if (at("systemuser", "request", "vendor", "agent", "byexternalref", null, null, null)) {
    return { GET: () => getAgentRequestByExternalRef(sim, req, arg(5), arg(6), arg(7)) };
  }
  if (at("systemuser", "request", "vendor", "agent", "bysystem", null))
    return { GET: () => listAgentRequestsBySystem(sim, req, arg(5)) };
  if (at("systemuser", "request", "vendor", "agent", null))
    return { GET: () => getAgentRequest(sim, req, arg(4)) };
  if (at("systemuser", "request", "vendor", "byexternalref", null, null, null)) {
    return { GET: () => getRequestByExternalRef(sim, req, arg(4), arg(5), arg(6)) };
  }
  if (at("systemuser", "request", "vendor", "bysystem", null))
    return { GET: () => listRequestsBySystem(sim, req, arg(4)) };
  if (at("systemuser", "request", "vendor", null)) {
    return { GET: () => getRequest(sim, req, arg(3)), DELETE: () => deleteRequest(sim, req, arg(3)) };
  }

  // Change requests (contracts-more §2).
  if (at("systemuser", "changerequest", "vendor")) return { POST: () => createChangeRequest(sim, req) };
  if (at("systemuser", "changerequest", "vendor", "byexternalref", null, null, null)) {
    return { GET: () => getChangeRequestByExternalRef(sim, req, arg(4), arg(5), arg(6)) };
  }
  if (at("systemuser", "changerequest", "vendor", "bysystem", null))
    return { GET: () => listChangeRequests(sim, req, arg(4)) };
  if (at("systemuser", "changerequest", "vendor", null)) {
    return {
      GET: () => getChangeRequest(sim, req, arg(3)),
      DELETE: () => deleteChangeRequest(sim, req, arg(3)),
    };
  }

  // Client delegation by a person at the agent organisation (contracts-more §1.6), and the simulator-only
  // login standing in for ID-porten plus the token exchange (enduser-auth.ts).
  if (at("enduser", "login")) return { POST: () => enduserLogin(sim, req) };
  if (at("enduser", "systemuser", "agents")) return { GET: () => listAgents(sim, req) };
  if (at("enduser", "systemuser", "clients", "available")) return { GET: () => availableClients(sim, req) };
  if (at("enduser", "systemuser", "clients")) {
    return {
      GET: () => delegatedClients(sim, req),
      POST: () => changeClient(sim, req, true),
      DELETE: () => changeClient(sim, req, false),
    };
  }

  // System users for the vendor.
  if (at("systemuser", "vendor", "byquery")) return { GET: () => systemUserByQuery(sim, req) };
  if (at("systemuser", "vendor", "bysystem", null))
    return { GET: () => systemUsersBySystem(sim, req, arg(3)) };
  return null;
}
