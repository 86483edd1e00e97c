import { describe, expect, it } from "vitest";
import {
  applyListings,
  approvedCustomers,
  rightsChange,
  withActiveCustomer,
  type Customer,
} from "@/lib/customers/model";
import { initialState } from "@/lib/session/state";

/** The pure rules of the customer list: what a refresh learns from Altinn's listings, and the default customer. */
function c(orgNo: string, over: Partial<Customer> = {}): Customer {
  return {
    systemId: "sys",
    orgNo,
    kind: "standard",
    externalRef: `ref-${orgNo}`,
    requestId: `req-${orgNo}`,
    status: "New",
    confirmUrl: "",
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

const req = (orgNo: string, status: string, timedOut = false) => ({
  id: `req-${orgNo}`,
  externalRef: `ref-${orgNo}`,
  systemId: "sys",
  partyOrgNo: orgNo,
  rights: [],
  accessPackages: [],
  status,
  redirectUrl: undefined,
  confirmUrl: "",
  escalated: false,
  timedOut,
});

describe("applyListings", () => {
  it("takes each waiting customer's status from its request, and approval from its system user", () => {
    const list = [c("1"), c("2"), c("3"), c("4"), c("5", { status: "Rejected" })];
    const users = [
      { id: "su-2", systemId: "sys", reporteeOrgNo: "2", externalRef: "ref-2", isDeleted: false },
      // Another externalRef of the same org is another system user, not this customer's.
      { id: "su-x", systemId: "sys", reporteeOrgNo: "3", externalRef: "other", isDeleted: false },
    ];
    const { changed, unseen } = applyListings(list, [req("1", "New", true), req("3", "Rejected")], users, 9);
    expect(changed.map((x) => [x.orgNo, x.status, x.systemUserId])).toEqual([
      ["1", "Timedout", null],
      ["2", "Accepted", "su-2"],
      ["3", "Rejected", null],
    ]);
    expect(unseen.map((x) => x.orgNo)).toEqual(["4"]);
  });
});

describe("the active customer", () => {
  it("defaults to the most recently approved, and only an approved customer can be active", () => {
    const list = [
      c("1", { status: "Accepted", systemUserId: "a", updatedAt: 5 }),
      c("2", { status: "Accepted", systemUserId: "b", updatedAt: 7 }),
      c("3", { status: "Accepted", updatedAt: 9 }),
    ];
    expect(approvedCustomers(list).map((x) => x.orgNo)).toEqual(["2", "1"]);
    const s = withActiveCustomer(initialState(), list[1]!);
    expect(s.request).toMatchObject({ partyOrgNo: "2", externalRef: "ref-2", status: "Accepted" });
    expect(s.systemUser).toMatchObject({ id: "b", reporteeOrgNo: "2" });
    expect(withActiveCustomer(s, list[2]!).request).toBeUndefined();
  });
});

describe("rightsChange", () => {
  const krav = { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] };
  const system = { rights: [krav], accessPackages: [] };
  it("takes a system user found through AUTH-00004, whose holdings are unknown, as holding nothing", () => {
    const found = c("1", { status: "Accepted", systemUserId: "su", held: null });
    expect(rightsChange(found, system)?.requiredRights).toEqual(["ske-krav-og-betalinger"]);
    expect(rightsChange({ ...found, held: { rights: [krav], accessPackages: [] } }, system)).toBeNull();
  });

  it("never asks a waiting or an agent customer for a change", () => {
    expect(rightsChange(c("1"), system)).toBeNull();
    expect(
      rightsChange(c("2", { status: "Accepted", systemUserId: "su", kind: "agent" }), system),
    ).toBeNull();
  });
});
