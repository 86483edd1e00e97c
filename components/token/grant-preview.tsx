import { CodeBlock } from "@/components/ui/code-block";
import type { TokenMessages } from "@/lib/i18n/messages/token";

/** What the step-6 grant asks for, before it is signed: the scopes and the customer's system user. */
export function GrantPreview({
  scopes,
  customer,
  externalRef,
  authorizationDetails,
  texts,
  copyLabel,
  copiedLabel,
}: {
  scopes: string[];
  customer: string;
  externalRef: string;
  authorizationDetails: unknown;
  texts: TokenMessages;
  copyLabel: string;
  copiedLabel: string;
}) {
  return (
    <section aria-labelledby="grant-preview-title" className="space-y-3">
      <h2 id="grant-preview-title" className="text-lg font-semibold">
        {texts.grantHeading}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[16rem_1fr]">
        <dt className="font-semibold">{texts.scopeLabel}</dt>
        <dd className="break-all font-mono text-xs sm:text-sm">{scopes.join(" ")}</dd>
        <dt className="font-semibold">{texts.customerLabel}</dt>
        <dd className="font-mono text-xs sm:text-sm">0192:{customer}</dd>
        <dt className="font-semibold">{texts.externalRefLabel}</dt>
        <dd className="break-all font-mono text-xs sm:text-sm">{externalRef}</dd>
      </dl>
      <CodeBlock
        id="grant-authorization-details"
        label={texts.authorizationDetailsLabel}
        code={JSON.stringify(authorizationDetails, null, 2)}
        copyLabel={copyLabel}
        copiedLabel={copiedLabel}
      />
    </section>
  );
}
