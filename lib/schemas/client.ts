import { z } from "zod";

/**
 * Step 3: the key (generate or import), the Maskinporten client and the test token. Field messages are
 * keys: `validation.*` from the common texts, `client.*` from lib/i18n/messages/client.ts.
 */
export const KID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export const kidSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(KID_PATTERN, "client.kidFormat");
// One string schema rather than a union, so a bad kid gets the kid message and not "invalid input".
const kidOrEmpty = z
  .string({ error: "validation.required" })
  .trim()
  .refine((v) => v === "" || KID_PATTERN.test(v), "client.kidFormat");
const INVALID = { error: "validation.invalid" } as const;
const keyText = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .max(20_000, "validation.tooLong");

export const keySetupSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("generate"),
      kid: kidSchema,
      text: z.string(INVALID).max(20_000, "validation.tooLong").optional(),
    }),
    z.object({ mode: z.literal("pem"), kid: kidSchema, text: keyText }),
    // A JWK may carry its own kid; the field may then be left empty.
    z.object({ mode: z.literal("jwk"), kid: kidOrEmpty, text: keyText }),
  ],
  INVALID,
);
export type KeySetupInput = z.infer<typeof keySetupSchema>;

/** Maskinporten client ids are UUIDs; older clients have other plain ids, so only the characters are checked. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export const manualClientSchema = z.object(
  {
    clientId: z
      .string({ error: "validation.required" })
      .trim()
      .min(1, "validation.required")
      .regex(CLIENT_ID_PATTERN, "client.clientIdFormat"),
    keyUploaded: z.literal(true, { error: "client.confirmKeyUploaded" }),
    scopesAdded: z.literal(true, { error: "client.confirmScopesAdded" }),
  },
  INVALID,
);
export type ManualClientInput = z.infer<typeof manualClientSchema>;

export const noInputSchema = z.strictObject({}, INVALID);
export type NoInput = z.infer<typeof noInputSchema>;
