import { describe, expect, it } from "vitest";
import { customerGuide, sendOutcomeStillTrue } from "@/lib/customers/guide";
import type { Customer } from "@/lib/customers/model";

/** Step 5's one message per state: what is true now and the one thing to do next. */
function c(orgNo: string, over: Partial<Customer> = {}): Customer {
  return {
    systemId: "sys",
    orgNo,
    kind: "standard",
    externalRef: `ref-${orgNo}`,
    requestId: `req-${orgNo}`,
    status: "New",
    confirmUrl: `https://altinn.example/confirm/${orgNo}`,
    request: { rights: [], accessPackages: [], redirectUrl: null },
    systemUserId: null,
    held: null,
    change: null,
    errorCode: null,
    createdAt: 1,
    updatedAt: 1,
    checkedAt: null,
    ...over,
  };
}

const krav = { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] };
const amelding = { resource: [{ id: "urn:altinn:resource", value: "ske-a-melding" }] };
const holdsKrav = { rights: [krav], accessPackages: [] };
const approved = (orgNo: string, over: Partial<Customer> = {}) =>
  c(orgNo, { status: "Accepted", systemUserId: `su-${orgNo}`, held: holdsKrav, ...over });

describe("customerGuide", () => {
  it("asks for the first request when there are no customers", () => {
    expect(customerGuide([], null, holdsKrav)).toEqual({ kind: "start" });
  });

  it("points to the waiting request's link while the customer has not answered", () => {
    expect(customerGuide([c("1")], null, holdsKrav)).toEqual({
      kind: "waiting",
      orgNo: "1",
      confirmUrl: "https://altinn.example/confirm/1",
    });
  });

  it("says approved (and nothing about the link) once the customer approved", () => {
    const list = [approved("1")];
    expect(customerGuide(list, "1", holdsKrav)).toEqual({ kind: "approved", orgNo: "1" });
    // Approved wins over another customer still waiting: steps 6–7 can go on with the approved one.
    expect(customerGuide([c("2"), ...list], null, holdsKrav)).toEqual({ kind: "approved", orgNo: "1" });
  });

  it("asks for a change request, and only that, when the system now offers what the system user lacks", () => {
    const system = { rights: [krav, amelding], accessPackages: [] };
    expect(customerGuide([approved("1")], "1", system)).toEqual({
      kind: "changeNeeded",
      orgNo: "1",
      missing: ["ske-a-melding"],
    });
    // A system user whose holdings are unknown (found through AUTH-00004): a change for everything.
    expect(customerGuide([approved("1", { held: null })], "1", system)).toEqual({
      kind: "changeUnknown",
      orgNo: "1",
    });
  });

  it("a system that only dropped rights needs no change request: approved", () => {
    expect(customerGuide([approved("1")], "1", { rights: [], accessPackages: [] })).toEqual({
      kind: "approved",
      orgNo: "1",
    });
  });

  it("points to the change request's link while it waits", () => {
    const change = {
      id: "ch",
      status: "New",
      confirmUrl: "https://altinn.example/change/1",
      requiredRights: [amelding],
      unwantedRights: [],
      requiredAccessPackages: [],
      unwantedAccessPackages: [],
      createdAt: 2,
    };
    const system = { rights: [krav, amelding], accessPackages: [] };
    expect(customerGuide([approved("1", { change })], "1", system)).toEqual({
      kind: "changeWaiting",
      orgNo: "1",
      confirmUrl: "https://altinn.example/change/1",
    });
  });

  it("says the latest request ended without approval when none is approved or waiting", () => {
    const list = [c("1", { status: "Rejected", updatedAt: 5 }), c("2", { status: "Timedout", updatedAt: 3 })];
    expect(customerGuide(list, null, holdsKrav)).toEqual({ kind: "ended", orgNo: "1", status: "Rejected" });
  });

  it("uses the active customer, not merely the latest approved one", () => {
    const list = [approved("1", { updatedAt: 9 }), approved("2", { updatedAt: 1 })];
    expect(customerGuide(list, "2", holdsKrav)).toEqual({ kind: "approved", orgNo: "2" });
  });
});

describe("sendOutcomeStillTrue", () => {
  it("drops 'sent, give the customer the link' once the customer answered", () => {
    expect(sendOutcomeStillTrue("created", c("1"))).toBe(true);
    expect(sendOutcomeStillTrue("created", approved("1"))).toBe(false);
    expect(sendOutcomeStillTrue("reused", c("1", { status: "Rejected" }))).toBe(false);
    expect(sendOutcomeStillTrue("created", undefined)).toBe(false);
  });

  it("keeps 'already approved' and 'rejected' only while they hold", () => {
    expect(sendOutcomeStillTrue("alreadyApproved", approved("1"))).toBe(true);
    expect(sendOutcomeStillTrue("rejected", c("1", { status: "Rejected" }))).toBe(true);
    expect(sendOutcomeStillTrue("rejected", c("1"))).toBe(false);
  });
});
