/**
 * Approves a system-user request the way the customer would in the simulated Altinn UI.
 * TODO(lead): the approval page (/sim/altinn-ui/accessmanagement/ui/systemuser/request?id=…) is being
 * written by another helper; once it has an HTTP-callable form post (or a /sim/_control helper exists),
 * implement this. Until then the concurrent-flows measurement reports null.
 */
export class NotYetAvailable extends Error {}

export async function approveRequest(_origin: string, _requestId: string): Promise<void> {
  throw new NotYetAvailable("approving a request over HTTP is not available yet (bench/approve.ts)");
}
