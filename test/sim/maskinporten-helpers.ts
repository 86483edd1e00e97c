import { expect } from "vitest";

/** Asserts a Maskinporten error answer: 400, the OAuth error, the MP id at the end, the text's start. */
export async function expectMpError(
  res: Response,
  error: string,
  mpId: string | null,
  textStart?: string,
): Promise<string> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error).toBe(error);
  if (mpId) expect(body.error_description).toMatch(new RegExp(`\\(${mpId}\\)$`));
  else expect(body.error_description).not.toMatch(/MP-\d{3}/);
  if (textStart) expect(body.error_description.startsWith(textStart)).toBe(true);
  return body.error_description;
}
