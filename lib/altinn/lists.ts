import "server-only";
import type { Environment } from "../environments";
import { readAllPages } from "./paging";
import { altinnTransport, seg, type CallMeter } from "./transport";
import { systemUserRequestSchema, systemUserSchema, type SystemUser, type SystemUserRequest } from "./types";

/**
 * The two listings step 5 follows its customers with (contracts-more §3.1): a system's standard requests
 * and its system users, 50 a page, read with the shared pager (only the token of `links.next` is used, on
 * the configured base). One refresh of N customers costs about 2·ceil(N/50) calls instead of N.
 */
export function altinnLists(env: Environment, accessToken: string, meter?: CallMeter) {
  const t = altinnTransport(env, accessToken, meter);
  return {
    /** GET `systemuser/request/vendor/bysystem/{systemId}`: standard requests, without confirmUrl. */
    requestsBySystem(systemId: string): Promise<SystemUserRequest[]> {
      return readAllPages(
        t,
        `systemuser/request/vendor/bysystem/${seg(systemId)}`,
        systemUserRequestSchema,
        (r) => r.id,
      );
    },
    /** GET `systemuser/vendor/bysystem/{systemId}`: the system users, standard and agent (scope systemregister.write). */
    systemUsersBySystem(systemId: string): Promise<SystemUser[]> {
      return readAllPages(t, `systemuser/vendor/bysystem/${seg(systemId)}`, systemUserSchema, (u) => u.id);
    },
  };
}
