import { z } from "zod";
import { MAX_BULK_CHARS } from "../customers/parse-bulk";
import { orgnoSchema } from "./common";

/**
 * Step 5's list actions. The organisation numbers of a paste are checked line by line by
 * lib/customers/parse-bulk.ts (MOD11, duplicates merged), so the schema only bounds the text.
 */
const INVALID = { error: "validation.invalid" } as const;

export const bulkCustomersSchema = z.object(
  {
    text: z
      .string(INVALID)
      .max(MAX_BULK_CHARS, "validation.tooLong")
      .refine((t) => t.trim().length > 0, "validation.required"),
  },
  INVALID,
);
export type BulkCustomersInput = z.infer<typeof bulkCustomersSchema>;

/** One customer of the list, named by its organisation number (the session and system come from the server). */
export const customerRefSchema = z.object({ orgNo: orgnoSchema }, INVALID);

export const renewCustomerSchema = z.object(
  { orgNo: orgnoSchema, mode: z.enum(["same", "new"], INVALID) },
  INVALID,
);
