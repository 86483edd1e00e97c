import "server-only";
import type { Environment } from "../environments";
import { serviceFetch } from "../http/service-fetch";
import { pageSchema, pageUrl, readAllPages } from "./paging";
import { expectStatus, parseAnswer as parse } from "./transport";
import { systemUserRequestSchema, systemUserSchema, type SystemUser, type SystemUserRequest } from "./types";

/**
 * The two listings step 5 follows its customers with (contracts-more §3.1): a system's standard requests
 * and its system users, 50 a page. One refresh of N customers costs about 2·ceil(N/50) calls instead of N.
 */
export function altinnLists(env: Environment, accessToken: string) {
  const base = env.altinn.platformUrl;
  const seg = encodeURIComponent;

  function pages<T extends typeof systemUserRequestSchema | typeof systemUserSchema>(path: string, item: T) {
    return readAllPages(async (token) => {
      const res = await serviceFetch("altinn", pageUrl(base, path, token), {
        method: "GET",
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return parse(expectStatus(res, [200]), pageSchema(item));
    });
  }

  return {
    /** GET `systemuser/request/vendor/bysystem/{systemId}`: standard requests, without confirmUrl. */
    requestsBySystem(systemId: string): Promise<SystemUserRequest[]> {
      return pages(`systemuser/request/vendor/bysystem/${seg(systemId)}`, systemUserRequestSchema) as Promise<
        SystemUserRequest[]
      >;
    },
    /** GET `systemuser/vendor/bysystem/{systemId}`: the system users, standard and agent (scope systemregister.write). */
    systemUsersBySystem(systemId: string): Promise<SystemUser[]> {
      return pages(`systemuser/vendor/bysystem/${seg(systemId)}`, systemUserSchema) as Promise<SystemUser[]>;
    },
  };
}
