"use server";

import { defineAction, UserError, type ActionContext } from "@/lib/actions";
import { systemOffer } from "@/lib/altinn/system-offer";
import {
  addManyCustomers,
  addOneCustomer,
  changeOne,
  chooseOne,
  renewOne,
  withdrawOne,
  type CustomerCtx,
} from "@/lib/customers/service";
import { getDb } from "@/lib/db";
import { common } from "@/lib/i18n/messages/common";
import { systemMessages } from "@/lib/i18n/messages/system";
import { checkAgainstSystem, customerFormSchema } from "@/lib/schemas/customer";
import { bulkCustomersSchema, customerRefSchema, renewCustomerSchema } from "@/lib/schemas/customers";

/**
 * Step 5's actions on the list of customers. Each parses its input with zod and reads the session itself
 * (defineAction); the customer is named by its organisation number only, the session and system come from
 * the server. The work is in lib/customers/service.ts.
 */
async function customerCtx(ctx: ActionContext): Promise<CustomerCtx> {
  return { ...ctx, db: await getDb() };
}

/** Adds one customer from the form and sends its request; "already exists" answers become that request. */
export const sendRequest = defineAction(customerFormSchema, async (values, ctx) => {
  const offer = systemOffer(ctx.state);
  if (!offer) throw new UserError(systemMessages[ctx.locale].missingPrereq);
  const problems = checkAgainstSystem(values, offer);
  if (problems) throw new UserError(common[ctx.locale].invalidInput, problems);
  return addOneCustomer(await customerCtx(ctx), values);
});

/** Adds the pasted organisation numbers (MOD11-checked, duplicates merged) and sends their requests. */
export const addCustomers = defineAction(bulkCustomersSchema, async ({ text }, ctx) =>
  addManyCustomers(await customerCtx(ctx), text),
);

/** After a rejection, a timeout or a withdrawal: delete the old request and send again (same or new externalRef). */
export const renewRequest = defineAction(renewCustomerSchema, async ({ orgNo, mode }, ctx) =>
  renewOne(await customerCtx(ctx), orgNo, mode),
);

/** Withdraws one customer's pending request, so its confirmUrl stops working. */
export const withdrawRequest = defineAction(customerRefSchema, async ({ orgNo }, ctx) =>
  withdrawOne(await customerCtx(ctx), orgNo),
);

/** Chooses the approved customer steps 6–7 act for. */
export const chooseCustomer = defineAction(customerRefSchema, async ({ orgNo }, ctx) =>
  chooseOne(await customerCtx(ctx), orgNo),
);

/** Sends a change request for an approved customer whose system user lacks what the system now offers. */
export const sendChangeRequest = defineAction(customerRefSchema, async ({ orgNo }, ctx) =>
  changeOne(await customerCtx(ctx), orgNo),
);
