import { Alert } from "@/components/ui/alert";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import { format } from "@/lib/i18n/types";
import type { WizardState } from "@/lib/session/state";

/** The client as saved: id, scopes, registered kid, and what no longer matches the key or step 2. */
export function ClientSummary({
  client,
  keyKid,
  wantedScopes,
  texts,
}: {
  client: NonNullable<WizardState["client"]>;
  keyKid: string | undefined;
  wantedScopes: string[];
  texts: ClientMessages;
}) {
  const keyMismatch = keyKid !== undefined && keyKid !== client.kid;
  const scopeMismatch = [...client.scopes].sort().join(" ") !== [...wantedScopes].sort().join(" ");
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-4 gap-y-1 rounded-md border border-line bg-surface p-4 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{texts.clientId}</dt>
        <dd className="break-all font-mono" data-testid="client-id">
          {client.clientId}
        </dd>
        <dt className="font-semibold">{texts.clientKid}</dt>
        <dd className="break-all font-mono" data-testid="client-kid">
          {client.kid}
        </dd>
        <dt className="font-semibold">{texts.clientScopes}</dt>
        <dd className="break-all font-mono text-xs">{client.scopes.join(" ")}</dd>
      </dl>
      <p className="text-sm text-ink-subtle">{texts.origin[client.origin]}</p>
      {keyMismatch && (
        <Alert tone="warning">{format(texts.keyMismatch, { clientKid: client.kid, kid: keyKid })}</Alert>
      )}
      {scopeMismatch && <Alert tone="warning">{texts.scopesMismatch}</Alert>}
    </div>
  );
}
