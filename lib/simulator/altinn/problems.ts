import { randomBytes } from "node:crypto";
import { empty, text } from "../http";

/**
 * Error bodies exactly as Altinn's authentication API writes them (contracts §2.11):
 * - Altinn problems (ProblemDetails library v5): `type: urn:altinn:error:<code>`, `title`, `status`, `code`,
 *   `traceId`, `statusDescription`; validation problems as STD-00000 with `validationErrors[]`.
 * - ASP.NET's own bodies where Altinn's code returns `NotFound()`, `ValidationProblem()` or fails model
 *   binding: `{type, title, status, [errors], traceId}` with rfc9110 type links.
 * - Plain strings (`NotFound("…")`, `BadRequest("…")`) and empty 401/403.
 */
const PROBLEM_JSON = "application/problem+json; charset=utf-8";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
};

const RFC9110_SECTION: Record<number, string> = {
  400: "15.5.1",
  401: "15.5.2",
  403: "15.5.4",
  404: "15.5.5",
  405: "15.5.6",
  409: "15.5.10",
  413: "15.5.14",
  415: "15.5.16",
};

export function traceId(): string {
  return `00-${randomBytes(16).toString("hex")}-${randomBytes(8).toString("hex")}-01`;
}

function problemResponse(
  body: Record<string, unknown>,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": PROBLEM_JSON, "cache-control": "no-store", ...headers },
  });
}

/** AUTH-xxxxx problem descriptors used by the vendor endpoints (AA:src/Core/Problems/Problem.cs). */
export const PROBLEMS = {
  "AUTH-00000": {
    status: 400,
    title: "Can't resolve the Organisation Number from the logged in Reportee PartyId.",
  },
  "AUTH-00001": { status: 400, title: "One or more Right not found or not delegable." },
  "AUTH-00004": {
    status: 400,
    title: "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.",
  },
  "AUTH-00006": {
    status: 400,
    title: "The combination of External Ids refer to an already Accepted SystemUser.",
  },
  "AUTH-00007": {
    status: 400,
    title: "The combination of External Ids refer to a Pending Request, please reuse or delete.",
  },
  "AUTH-00008": {
    status: 400,
    title: "The combination of External Ids refer to a Denied Request, please delete and renew the Request.",
  },
  "AUTH-00009": {
    status: 400,
    title:
      "The combination of External Ids refer to a Rejected Request, please delete and renew the Request.",
  },
  "AUTH-00010": { status: 404, title: "The Id does not refer to a Request in our system." },
  "AUTH-00011": { status: 404, title: "The Id does not refer to a Registered System." },
  "AUTH-00012": { status: 404, title: "An error occured when storing the Request." },
  "AUTH-00013": { status: 409, title: "The Status of the Request is not New." },
  // contracts-more §2 (change requests): the service's "not found" for unknown and agent system users.
  "AUTH-00015": { status: 404, title: "The SystemUser was not found." },
  "AUTH-00021": { status: 400, title: "The RedirectUri was not found or not valid." },
  "AUTH-00023": {
    status: 401,
    title: "Can't resolve the Organisation Number for the Vendor from the Token.",
  },
  "AUTH-00026": { status: 400, title: "No redirect uris are set for the system" },
  // contracts-more §1.1 (texts shortened there; AA Problem.cs).
  // Client delegation (contracts-more §1.6; statuses inferred: Problem.cs's BadRequest family).
  "AUTH-00034": { status: 400, title: "The system user is not an agent system user." },
  "AUTH-00079": { status: 400, title: "Client not found." },
  "AUTH-00080": {
    status: 400,
    title: "Client does not have the accesspackages the agent system user requires.",
  },
  "AUTH-00058": { status: 400, title: "Agent system user must have at least one AccessPackage." },
  "AUTH-00059": {
    status: 400,
    title: "No AccessPackages or Single Rights found, a SystemUser must have at least one",
  },
  "AUTH-00063": {
    status: 400,
    title: "One or more accesspackage is not found in the referenced system in the System Register.",
  },
  "AUTH-00064": {
    status: 400,
    title:
      "One or more access packages cannot be delegated. Either they are intended for clients or they cannot be delegated further.",
  },
  "AUTH-00065": {
    status: 400,
    title: "One or more access packages are not intended for client relationships.",
  },
} as const;
export type ProblemCode = keyof typeof PROBLEMS;

/** The outcome of a domain check: a value, or a problem to answer with. */
export type Result<T> =
  { ok: true; value: T } | { ok: false; problem: ProblemCode; extensions?: Record<string, string> };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: ProblemCode, extensions?: Record<string, string>): Result<T> {
  return { ok: false, problem, extensions };
}

export function altinnProblem(code: ProblemCode, extensions: Record<string, string> = {}): Response {
  const d = PROBLEMS[code];
  return problemResponse(
    {
      type: `urn:altinn:error:${code}`,
      title: d.title,
      status: d.status,
      code,
      traceId: traceId(),
      statusDescription: STATUS_TEXT[d.status],
      ...extensions,
    },
    d.status,
  );
}

/** AUTH.VLD-xxxxx descriptors of the system register (AA:src/Core/Errors/ValidationErrors.cs). */
export const VALIDATION_ERRORS = {
  "AUTH.VLD-00000": "the org number identifier is not valid ISO6523 identifier",
  "AUTH.VLD-00001": "The system id does not match the format orgnumber_xxxx...",
  "AUTH.VLD-00002": "The system id already exists",
  "AUTH.VLD-00003": "One or more resources specified in rights were not found in Altinn's resource register.",
  "AUTH.VLD-00004": "One of the client id is already tagged with an existing system",
  "AUTH.VLD-00005":
    "One or more of the redirect urls format is not valid. The valid format is https://xxx.xx",
  "AUTH.VLD-00006": "One or more duplicate rights found",
  "AUTH.VLD-00007": "One or more duplicate access package(s) found",
  "AUTH.VLD-00008":
    "One or all the accesspackage(s) is not found in altinn's access packages or is not delegable",
  "AUTH.VLD-00009": "One or more resource id is in wrong format. The valid format is urn:altinn:resource",
  "AUTH.VLD-00011": "Request contains duplicate client ids",
  "AUTH.VLD-00012": "The system ID in the request body does not match the system ID in the URL",
  "AUTH.VLD-00013": "System ID cannot have spaces in id (leading, trailing or in between the id)",
  // Client delegation's query checks (contracts-more §1.6).
  "AUTH.VLD-00014": "The agent query parameter is missing or invalid",
  "AUTH.VLD-00015": "The system user is not an agent system user",
  "AUTH.VLD-00016": "The client query parameter is missing or invalid",
  "AUTH.VLD-00017": "One or more resources specified in rights is of resource type which is not delegable.",
  "AUTH.VLD-00018":
    "Access packages meant for system user for client relations can't be used in combination with the flag isVisible: true",
} as const;
export type ValidationCode = keyof typeof VALIDATION_ERRORS;

/** Error paths (AA:src/Authentication/Constants/ErrorPathConstant.cs). */
export const PATHS = {
  vendorId: "/registersystemrequest/vendor/id",
  systemId: "/registersystemrequest/systemid",
  redirectUrls: "/registersystemrequest/allowedredirecturls",
  clientId: "/registersystemrequest/clientid",
  accessPackages: "/registersystemrequest/accesspackages",
  rights: "/registersystemrequest/rights/resource",
} as const;

export interface ValidationItem {
  code: ValidationCode;
  paths: string[];
  extensions?: Record<string, string>;
  /** Where Altinn reuses a code with another text (AUTH.VLD-00014 "System user not found"). */
  title?: string;
}

export function validationProblem(items: ValidationItem[]): Response {
  return problemResponse(
    {
      type: "urn:altinn:error:STD-00000",
      title: "One or more validation errors occurred.",
      status: 400,
      code: "STD-00000",
      traceId: traceId(),
      statusDescription: STATUS_TEXT[400],
      validationErrors: items.map((i) => ({
        code: i.code,
        title: i.title ?? VALIDATION_ERRORS[i.code],
        paths: i.paths,
        ...i.extensions,
      })),
    },
    400,
  );
}

/** ASP.NET's ValidationProblemDetails (model binding, `[ApiController]` automatic 400, `ValidationProblem()`). */
export function aspNetValidationProblem(errors: Record<string, string[]>): Response {
  return problemResponse(
    {
      type: `https://tools.ietf.org/html/rfc9110#section-${RFC9110_SECTION[400]}`,
      title: "One or more validation errors occurred.",
      status: 400,
      errors,
      traceId: traceId(),
    },
    400,
  );
}

/** ASP.NET's client-error ProblemDetails for a bare `NotFound()`, 415 and the like. */
export function aspNetStatusProblem(status: number): Response {
  return problemResponse(
    {
      type: `https://tools.ietf.org/html/rfc9110#section-${RFC9110_SECTION[status] ?? "15.5.1"}`,
      title: STATUS_TEXT[status] ?? "Error",
      status,
      traceId: traceId(),
    },
    status,
  );
}

/** `NotFound("…")`, `BadRequest("…")`, `Conflict("…")`: the string as the body. */
export function plainError(message: string, status: number): Response {
  return text(message, status);
}

export function unauthorized(): Response {
  return empty(401, { "www-authenticate": "Bearer" });
}

export function forbidden(): Response {
  return empty(403);
}
