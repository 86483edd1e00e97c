import { describe, expect, it } from "vitest";
import { DEVELOPER_FOLD_COOKIE, developerFoldCookie, developerFoldOpen } from "@/lib/developer-fold";

describe("the developer fold's cookie", () => {
  it("stores only '1' while open and deletes itself when closed", () => {
    expect(developerFoldCookie(true, false)).toBe(
      `${DEVELOPER_FOLD_COOKIE}=1; Max-Age=31536000; Path=/; SameSite=Lax`,
    );
    expect(developerFoldCookie(false, false)).toBe(
      `${DEVELOPER_FOLD_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`,
    );
    expect(developerFoldCookie(true, true)).toMatch(/; Secure$/);
  });

  it("reads as open only for exactly '1'", () => {
    expect(developerFoldOpen("1")).toBe(true);
    for (const v of [undefined, "", "0", "true", "11"]) expect(developerFoldOpen(v)).toBe(false);
  });
});
