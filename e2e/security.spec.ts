import { expect, test } from "@playwright/test";
import { STEPS, SUMMARY_PATH } from "../lib/steps";

const PAGES = [
  "/",
  ...STEPS.map((s) => s.path),
  SUMMARY_PATH,
  "/does-not-exist",
  "/sim/altinn-ui/accessmanagement/ui/systemuser/request?id=unknown",
];

test.describe("security headers and origins", () => {
  test("every page carries a CSP with frame-ancestors 'none', nosniff and a Referrer-Policy", async ({
    request,
  }) => {
    for (const path of PAGES) {
      const res = await request.get(path);
      const h = res.headers();
      expect(res.status(), path).toBeLessThan(500);
      expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(h["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBeTruthy();
    }
  });

  test("each page gets its own CSP nonce", async ({ request }) => {
    const a = (await request.get("/")).headers()["content-security-policy"];
    const b = (await request.get("/")).headers()["content-security-policy"];
    expect(a).not.toEqual(b);
  });

  test("server actions refuse a foreign origin and change nothing", async ({ request, baseURL }) => {
    const html = await (await request.get("/")).text();
    const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    expect(actionField, "the language switch is a server action form").toBeTruthy();

    const foreign = await request.post("/", {
      headers: { origin: "https://evil.example" },
      multipart: { [actionField!]: "", locale: "en" },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(403);
    expect(foreign.headers()["set-cookie"] ?? "").not.toContain("lang=");

    const same = await request.post("/", {
      headers: { origin: new URL(baseURL!).origin },
      multipart: { [actionField!]: "", locale: "en" },
      maxRedirects: 0,
    });
    expect(same.status()).toBeLessThan(400);
    expect(same.headers()["set-cookie"] ?? "").toContain("lang=en");
  });
});
