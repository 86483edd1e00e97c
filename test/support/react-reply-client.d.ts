// The one export the action-body test uses from Next's vendored React client (it ships no types).
declare module "next/dist/compiled/react-server-dom-turbopack/client.node.js" {
  export function encodeReply(
    value: unknown,
    options?: { temporaryReferences?: unknown },
  ): Promise<string | FormData>;
}
