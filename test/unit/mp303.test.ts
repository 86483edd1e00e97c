import { LOCALES } from "@/lib/i18n/types";
import { describe, expect, it } from "vitest";
import {
  decideMp303,
  investigateMp303,
  isMp303,
  mp303Diagnosis,
  MP303_CAUSES,
  type Mp303Facts,
  type Mp303Lookups,
} from "@/lib/errors/mp303";
import type { ServiceErrorInit } from "@/lib/http/service-error";

const used = {
  clientId: "client-1",
  systemId: "310000001_demo",
  partyOrgNo: "313367002",
  externalRef: "ref-1",
};
const accepted = {
  status: "Accepted",
  partyOrgNo: "313367002",
  externalRef: "ref-1",
  systemId: "310000001_demo",
};
const systemUser = { id: "su-1", reporteeOrgNo: "313367002", externalRef: "ref-1", userType: "standard" };

function facts(over: Partial<Mp303Facts> = {}): Mp303Facts {
  return {
    error: "invalid_altinn_customer_configuration",
    used,
    system: { clientId: ["client-1"] },
    request: accepted,
    requestByRef: accepted,
    systemUser: null,
    ...over,
  };
}

const error: ServiceErrorInit = {
  service: "maskinporten",
  kind: "http",
  method: "POST",
  url: "http://sim.test/sim/maskinporten/token",
  status: 400,
  error: "invalid_altinn_customer_configuration",
  description: "Could not find a system user for the given authorization_details (MP-303)",
  code: "MP-303",
};

describe("decideMp303", () => {
  it("says the customer has not approved while the request is New", () => {
    const pending = { ...accepted, status: "New" };
    expect(decideMp303(facts({ request: pending, requestByRef: pending })).cause).toBe("not-approved");
  });

  it("names a client id missing on the system, with what is registered", () => {
    const v = decideMp303(facts({ system: { clientId: ["other-client"] } }));
    expect(v.cause).toBe("client-not-on-system");
    expect(v.values.registered).toBe("other-client");
  });

  it("names an externalRef that differs from the approved request's", () => {
    const v = decideMp303(facts({ used: { ...used, externalRef: "wrong" }, requestByRef: null }));
    expect(v.cause).toBe("external-ref-mismatch");
    expect(v.values.expectedRef).toBe("ref-1");
  });

  it("treats a missing externalRef as the customer's org number, as Altinn does", () => {
    const v = decideMp303(facts({ used: { ...used, externalRef: undefined }, requestByRef: null }));
    expect(v.cause).toBe("external-ref-mismatch");
    expect(v.values.externalRef).toBe("313367002");
  });

  it("names the wrong organisation in systemuser_org", () => {
    const v = decideMp303(facts({ used: { ...used, partyOrgNo: "310702641" }, requestByRef: null }));
    expect(v.cause).toBe("wrong-org");
    expect(v.values.expectedOrg).toBe("313367002");
  });

  it("sees a system user deleted after approval", () => {
    expect(decideMp303(facts()).cause).toBe("system-user-deleted");
  });

  it("sees rejected, denied and timed-out requests", () => {
    for (const [status, cause] of [
      ["Rejected", "rejected"],
      ["Denied", "rejected"],
      ["Timedout", "timed-out"],
    ] as const) {
      const r = { ...accepted, status };
      expect(decideMp303(facts({ request: r, requestByRef: r })).cause).toBe(cause);
    }
  });

  it("sees a deleted or missing system before anything else", () => {
    expect(decideMp303(facts({ system: null })).cause).toBe("system-missing");
    expect(decideMp303(facts({ system: { clientId: ["client-1"], isDeleted: true } })).cause).toBe(
      "system-missing",
    );
  });

  it("sees a request that is gone with no system user", () => {
    expect(decideMp303(facts({ request: null, requestByRef: null })).cause).toBe("request-missing");
  });

  it("sees an agent system user", () => {
    expect(decideMp303(facts({ systemUser: { ...systemUser, userType: "agent" } })).cause).toBe(
      "agent-system-user",
    );
  });

  it("files a malformed authorization_details separately", () => {
    expect(decideMp303(facts({ error: "invalid_authorization_details" })).cause).toBe("grant-invalid");
  });

  it("says everything checks out when it does", () => {
    expect(decideMp303(facts({ systemUser })).cause).toBe("propagation");
  });

  it("says it could not check when the look-ups failed", () => {
    const none = { system: undefined, request: undefined, requestByRef: undefined, systemUser: undefined };
    expect(decideMp303(facts(none)).cause).toBe("unchecked");
  });

  it("still names a cause it could check when another look-up failed", () => {
    const pending = { ...accepted, status: "New" };
    expect(
      decideMp303(
        facts({ system: undefined, request: pending, requestByRef: pending, systemUser: undefined }),
      ).cause,
    ).toBe("not-approved");
  });
});

describe("mp303Diagnosis", () => {
  it("has a text for every cause in every language, placeholders filled", () => {
    for (const cause of MP303_CAUSES) {
      for (const locale of LOCALES) {
        const d = mp303Diagnosis(
          {
            cause,
            values: {
              clientId: "c",
              systemId: "s",
              org: "o",
              externalRef: "r",
              expectedOrg: "e",
              expectedRef: "x",
              registered: "g",
              status: "New",
            },
          },
          error,
          locale,
        );
        expect(d.code).toBe("MP-303");
        expect(d.title.length).toBeGreaterThan(5);
        expect(d.fix.length).toBeGreaterThan(5);
        expect(`${d.title} ${d.cause} ${d.fix}`).not.toMatch(/\{\w+\}/);
        expect(d.technical?.url).toBe(error.url);
      }
    }
  });

  it("points at the step that fixes it", () => {
    const d = mp303Diagnosis(
      { cause: "client-not-on-system", values: { clientId: "c", registered: "x" } },
      error,
      "en",
    );
    expect(d.fix).toContain("step 4");
    expect(mp303Diagnosis({ cause: "not-approved", values: { status: "New" } }, error, "nb").fix).toContain(
      "steg 5",
    );
  });
});

describe("isMp303", () => {
  it("recognises MP-303 by error or by code", () => {
    expect(isMp303(error)).toBe(true);
    expect(
      isMp303({
        ...error,
        error: "invalid_grant",
        code: "MP-124",
        description: "Invalid signature (MP-124)",
      }),
    ).toBe(false);
    expect(isMp303({ ...error, service: "altinn" })).toBe(false);
  });
});

describe("investigateMp303", () => {
  it("asks Altinn with the grant's own values and turns failures into unknowns", async () => {
    const calls: string[] = [];
    const lookups: Mp303Lookups = {
      getSystem: async (id) => (calls.push(`system ${id}`), { clientId: ["client-1"] }),
      getRequest: async (id) => (calls.push(`request ${id}`), { ...accepted, status: "New" }),
      getRequestByExternalRef: async (s, o, r) => {
        calls.push(`byref ${s} ${o} ${r}`);
        throw new Error("boom");
      },
      findSystemUser: async (q) => (calls.push(`byquery ${q.orgNo} ${q.externalRef}`), null),
    };
    const f = await investigateMp303(lookups, error, used, "req-1");
    expect(calls).toEqual([
      "system 310000001_demo",
      "request req-1",
      "byref 310000001_demo 313367002 ref-1",
      "byquery 313367002 ref-1",
    ]);
    expect(f.requestByRef).toBeUndefined();
    expect(decideMp303(f).cause).toBe("not-approved");
  });

  it("without look-ups, leaves every fact unknown", async () => {
    const f = await investigateMp303(null, error, used, "req-1");
    expect(decideMp303(f).cause).toBe("unchecked");
  });
});
