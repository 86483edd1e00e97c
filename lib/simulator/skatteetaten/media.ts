/**
 * Content negotiation as Skatteetaten's APIs do it: they answer JSON (the simulator renders no XML), so a
 * request whose Accept header leaves JSON out is refused; bodies must be sent as application/json.
 */
export function acceptsJson(req: Request): boolean {
  const header = req.headers.get("accept");
  if (header === null || header.trim() === "") return true;
  return header.split(",").some((part) => {
    const [range = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) return false;
    return (
      range === "application/json" || range === "application/*" || range === "*/*" || range.endsWith("+json")
    );
  });
}

export function hasJsonContentType(req: Request): boolean {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}
