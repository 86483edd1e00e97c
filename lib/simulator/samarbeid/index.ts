import { json } from "../http";
import type { Sim } from "../sim";

// Placeholder until the service is implemented.
export async function handleSamarbeid(_sim: Sim, _req: Request, _path: string[]): Promise<Response> {
  return json({ error: "not_implemented" }, 404);
}
