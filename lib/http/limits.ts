/**
 * The largest request body the app accepts, on any path: checked by the guard in front of Next
 * (body-limit-guard.ts), by the proxy and by Next's own server-action limit (next.config.ts). Server actions
 * here send a few KB; the simulator's JSON APIs have a lower limit of their own.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
