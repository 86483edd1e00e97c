import { z } from "zod";

/**
 * Step 6's action takes no user values: everything it needs (client, key, customer, externalRef, scopes)
 * comes from the session, so nothing the browser sends can change what is asked for.
 */
export const systemUserTokenSchema = z.object({}).strict();
export type SystemUserTokenInput = z.infer<typeof systemUserTokenSchema>;
