import type { ScopesMessages } from "@/lib/i18n/messages/scopes";
import type { ApiCard } from "./api-choice-form";

/** For developers: each API's scope, Altinn resource, base address, access packages and test call. */
export function ApiDetails({ apis, texts }: { apis: ApiCard[]; texts: ScopesMessages }) {
  return (
    <section aria-labelledby="api-details-title" className="space-y-3">
      <h2 id="api-details-title" className="text-lg font-semibold">
        {texts.apiDetailsTitle}
      </h2>
      {apis.map((api) => (
        <div key={api.id} data-api={api.id} className="space-y-1">
          <h3 className="font-semibold">{api.name}</h3>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{texts.scope}</dt>
            <dd className="break-all font-mono text-xs">{api.scope}</dd>
            <dt className="font-semibold">{texts.resource}</dt>
            <dd className="break-all font-mono text-xs">{api.resource}</dd>
            <dt className="font-semibold">{texts.baseUrl}</dt>
            <dd className="break-all font-mono text-xs">{api.baseUrl}</dd>
            <dt className="font-semibold">{texts.packages}</dt>
            <dd className="text-xs">
              {api.packages.length === 0
                ? texts.packagesNone
                : api.packages
                    .map((p) => (p.agentOnly ? `${p.title} (${texts.agentOnly})` : p.title))
                    .join(", ")}
            </dd>
            <dt className="font-semibold">{texts.testCall}</dt>
            <dd className="text-xs">{api.testCall}</dd>
            {api.unverified && (
              <>
                <dt className="font-semibold">{texts.unverified}</dt>
                <dd className="text-xs">{api.unverified}</dd>
              </>
            )}
          </dl>
        </div>
      ))}
    </section>
  );
}
