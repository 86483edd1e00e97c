import type { TokenMessages } from "@/lib/i18n/messages/token";
import type { WizardState } from "@/lib/session/state";
import { WithTerms } from "@/components/ui/with-terms";

/** The system user as Altinn's byquery returned it. */
export function SystemUserCard({
  systemUser,
  texts,
}: {
  systemUser: NonNullable<WizardState["systemUser"]>;
  texts: TokenMessages;
}) {
  const f = texts.systemUserFields;
  const type = systemUser.userType;
  const rows: [string, string][] = [
    [f.id, systemUser.id],
    [f.systemId, systemUser.systemId],
    [f.reporteeOrgNo, systemUser.reporteeOrgNo],
    [f.externalRef, systemUser.externalRef],
    [f.userType, type ? (texts.userTypes[type as keyof TokenMessages["userTypes"]] ?? type) : "–"],
  ];
  return (
    <section
      aria-labelledby="system-user-title"
      className="space-y-2 rounded-md border border-line bg-surface p-4"
    >
      <h2 id="system-user-title" className="text-lg font-semibold">
        {texts.systemUserHeading}
      </h2>
      <p className="text-sm text-ink-subtle">
        <WithTerms text={texts.systemUserIntro} />
      </p>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-all font-mono text-xs sm:text-sm">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
