"use server";

import { z } from "zod";
import { defineAction, UserError, type ActionContext } from "@/lib/actions";
import {
  deleteCurrentRequest,
  renewAccessRequest,
  sendAccessRequest,
  type SendOutcome,
} from "@/lib/altinn/request-flow";
import { systemOffer } from "@/lib/altinn/system-offer";
import { common } from "@/lib/i18n/messages/common";
import { systemMessages } from "@/lib/i18n/messages/system";
import { buildAccessRequest } from "@/lib/payloads/access-request";
import { checkAgainstSystem, customerFormSchema } from "@/lib/schemas/customer";

export interface SendResult {
  outcome: SendOutcome | "deleted";
  status: string;
}

function requireSystem(ctx: ActionContext) {
  const offer = systemOffer(ctx.state);
  if (!offer) throw new UserError(systemMessages[ctx.locale].missingPrereq);
  return offer;
}

/** Sends the access request; "already exists" answers are turned into the existing request or system user. */
export const sendRequest = defineAction(customerFormSchema, async (values, ctx) => {
  const offer = requireSystem(ctx);
  const problems = checkAgainstSystem(values, offer);
  if (problems) throw new UserError(common[ctx.locale].invalidInput, problems);
  const body = buildAccessRequest({ ...values, systemId: offer.systemId });
  const res = await sendAccessRequest(ctx.state, ctx.env, ctx.signer, body);
  return { state: res.state, data: { outcome: res.outcome, status: res.status } as SendResult };
});

/** After a rejection or timeout: delete the old request and send it again (same or new externalRef). */
export const renewRequest = defineAction(
  z.object({ mode: z.enum(["same", "new"]) }),
  async ({ mode }, ctx) => {
    requireSystem(ctx);
    if (!ctx.state.request) throw new UserError(common[ctx.locale].invalidInput);
    const res = await renewAccessRequest(ctx.state, ctx.env, ctx.signer, mode);
    return { state: res.state, data: { outcome: res.outcome, status: res.status } as SendResult };
  },
);

/** Withdraws a pending request, so its confirmUrl stops working. */
export const withdrawRequest = defineAction(z.object({}), async (_input, ctx) => {
  const state = await deleteCurrentRequest(ctx.state, ctx.env, ctx.signer);
  return { state, data: { outcome: "deleted", status: "" } as SendResult };
});
