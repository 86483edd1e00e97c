import { describe, expect, it } from "vitest";
import { onboarding } from "@/lib/i18n/messages/onboarding";
import { scopes } from "@/lib/i18n/messages/scopes";
import { LOCALES } from "@/lib/i18n/types";
import { SCOPE_GUIDANCE_LINKS } from "@/lib/scope-guidance";

/**
 * Step 1's prerequisite and step 2's scope texts say how vendors get the Altinn scopes today and when
 * digdir:dialogporten is needed (docs/contracts-more.md §5 and §4.4), in both languages.
 */
describe("scope guidance texts", () => {
  for (const locale of LOCALES) {
    it(`step 1 names the terms, the registration form and Dialogporten, with links (${locale})`, () => {
      const p = onboarding[locale].prerequisites.scopeOrders;
      expect(p.body).toContain("Bruksvilkår for sluttbrukersystemleverandører i Altinn");
      expect(p.body).toMatch(
        locale === "en" ? /registration form.*"system user"/ : /registreringsskjemaet.*«systembruker»/,
      );
      expect(p.body).toContain("digdir:dialogporten");
      expect(p.body).not.toContain("servicedesk");
      const hrefs = p.links.map((l) => l.href);
      expect(hrefs).toContain(SCOPE_GUIDANCE_LINKS.altinnTerms);
      expect(hrefs).toContain(SCOPE_GUIDANCE_LINKS.dialogporten);
    });

    it(`step 2 says where the Altinn scopes come from and when Dialogporten is needed (${locale})`, () => {
      const t = scopes[locale];
      expect(t.owners.altinn).not.toContain("servicedesk");
      expect(t.guidance.altinn).toMatch(/servicedesk@altinn\.no.*TT02/);
      expect(t.guidance.dialogporten).toMatch(/a-melding/);
    });
  }

  it("links only to https pages, apart from the service desk's address", () => {
    for (const [name, href] of Object.entries(SCOPE_GUIDANCE_LINKS))
      expect(href, name).toMatch(name === "servicedeskMail" ? /^mailto:/ : /^https:\/\//);
  });
});
