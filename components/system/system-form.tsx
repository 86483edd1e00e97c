"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { registerSystem, updateSystem, type RegisterSystemResult } from "@/app/(wizard)/system/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { ErrorDoctor } from "@/components/ui/error-doctor";
import { ActionBar } from "@/components/wizard/action-bar";
import { DeveloperDetails } from "@/components/wizard/developer-details";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import { ACCESS_PACKAGE_PREFIX, packageAllowedFor } from "@/lib/altinn/access-packages";
import type { EnvironmentId } from "@/lib/environments";
import type { Diagnosis } from "@/lib/errors/types";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { SystemMessages } from "@/lib/i18n/messages/system";
import { translateMessage } from "@/lib/i18n/translate";
import { format } from "@/lib/i18n/types";
import { buildSystemRegistration, systemIdPrefix } from "@/lib/payloads/system-registration";
import { systemFormSchemaFor, type SystemFormValues } from "@/lib/schemas/system";
import { CheckboxGroup } from "./checkbox-group";
import { RedirectUrlsField } from "./redirect-urls-field";
import { applyServerErrors } from "./server-errors";
import { SystemDiff } from "./system-diff";
import { SystemKindField } from "./system-kind-field";
import { SystemTextFields } from "./system-text-fields";
import { WithTerms } from "@/components/ui/with-terms";

export interface SystemFormApi {
  id: string;
  name: string;
  resource: string;
  accessPackages: string[];
}

const FIELDS = [
  "kind",
  "idSuffix",
  "name",
  "description",
  "rights",
  "accessPackages",
  "clientId",
  "isVisible",
  "allowedRedirectUrls",
];

/** Tolerates the half-typed values the preview sees while the user types. */
function previewValues(v: Partial<SystemFormValues>): SystemFormValues {
  return {
    kind: v.kind ?? "standard",
    idSuffix: v.idSuffix ?? "",
    name: { nb: v.name?.nb ?? "", nn: v.name?.nn ?? "", en: v.name?.en ?? "" },
    description: { nb: v.description?.nb ?? "", nn: v.description?.nn ?? "", en: v.description?.en ?? "" },
    rights: (v.rights ?? []).filter(Boolean),
    accessPackages: (v.accessPackages ?? []).filter(Boolean),
    isVisible: v.isVisible ?? true,
    allowedRedirectUrls: (v.allowedRedirectUrls ?? []).map((r) => ({ url: r?.url ?? "" })),
  };
}

export function SystemForm({
  t,
  c,
  envId,
  vendorOrgNo,
  clientId,
  apis,
  defaults,
  example,
  returnUrl,
  nextPath,
  developer,
}: {
  t: SystemMessages;
  c: CommonMessages;
  envId: EnvironmentId;
  vendorOrgNo: string;
  clientId: string;
  apis: SystemFormApi[];
  defaults: SystemFormValues;
  example: SystemFormValues;
  returnUrl: { url: string; valid: boolean };
  /** Where a successful registration goes on to (step 5). */
  nextPath: string;
  /** The step's developer fold: the live registration JSON goes first in it, then these (the snippets). */
  developer: { open: boolean; summary: string; hint: string; children: ReactNode };
}) {
  const router = useRouter();
  const schema = useMemo(() => systemFormSchemaFor(envId), [envId]);
  const form = useForm<SystemFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    ...submitValidation,
  });
  const { register, control, handleSubmit, setError, reset, formState, getValues, setValue } = form;
  const watched = useWatch({ control }) as Partial<SystemFormValues>;
  const kind = watched.kind ?? "standard";
  const allowed = (k: "standard" | "agent") => (p: string) =>
    packageAllowedFor(`${ACCESS_PACKAGE_PREFIX}${p}`, k);
  const allPackages = [...new Set(apis.flatMap((a) => a.accessPackages))];
  const packageOptions = allPackages.filter(allowed(kind));

  /** A new kind keeps only the packages it allows; agents have no single rights (contracts-more §1.2). */
  function onKindChange(next: "standard" | "agent") {
    setValue("accessPackages", getValues("accessPackages").filter(allowed(next)));
    if (next === "agent") setValue("rights", []);
    else if (getValues("rights").length === 0)
      setValue(
        "rights",
        apis.map((a) => a.resource),
      );
  }
  const preview = buildSystemRegistration(previewValues(watched), { vendorOrgNo, clientId });

  const [pending, startTransition] = useTransition();
  const [confirm, setConfirm] = useState<Extract<RegisterSystemResult, { kind: "confirmUpdate" }> | null>(
    null,
  );
  const [confirmValues, setConfirmValues] = useState<SystemFormValues | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [doctor, setDoctor] = useState<Diagnosis[]>([]);
  const [moving, setMoving] = useState(false);
  const [failedAt, setFailedAt] = useState(0);

  function handle(result: Awaited<ReturnType<typeof registerSystem>>, values: SystemFormValues, prefix = "") {
    if (result.ok) {
      const data = result.data;
      if (data.kind === "confirmUpdate") {
        setConfirm(data);
        setConfirmValues(values);
        return;
      }
      setConfirm(null);
      setNotice(format(t[data.kind], { id: data.systemId }));
      // Registered (or already as the form says): the step is done, on to the customers.
      setMoving(true);
      router.push(nextPath);
      return;
    }
    const { unplaced, placed } = applyServerErrors(result, setError, FIELDS, prefix);
    if (placed > 0) setFailedAt((n) => n + 1);
    setDoctor(unplaced);
    setFormError(result.formError && (placed === 0 || unplaced.length === 0) ? result.formError : null);
  }

  function clearMessages() {
    setNotice(null);
    setFormError(null);
    setDoctor([]);
  }

  const onSubmit = handleSubmit(
    (values) => {
      clearMessages();
      setConfirm(null);
      startTransition(async () => handle(await registerSystem(values), values));
    },
    () => setFailedAt((n) => n + 1),
  );

  const onConfirm = () => {
    if (!confirm || !confirmValues) return;
    const values = confirmValues;
    clearMessages();
    startTransition(async () =>
      handle(await updateSystem({ values, seen: confirm.seen }), values, "values."),
    );
  };

  const err = (name: string) =>
    translateMessage(
      (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message,
      c.validation,
    );

  return (
    <div className="space-y-6">
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-6"
        aria-describedby={formError ? "system-form-error" : undefined}
      >
        <FormErrorSummary
          heading={c.errorSummary}
          items={summaryItems(formState.errors, (k) => translateMessage(k, c.validation))}
          focusKey={failedAt}
          ids={{ allowedRedirectUrls: "allowedRedirectUrls-0" }}
        />
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              // The example follows the chosen kind: an agent system gets a client package, no rights.
              const agentPackage = allPackages.find(allowed("agent"));
              reset(
                kind === "agent"
                  ? { ...example, kind, rights: [], accessPackages: agentPackage ? [agentPackage] : [] }
                  : { ...example, kind },
              );
              clearMessages();
              setConfirm(null);
            }}
          >
            {c.fillExample}
          </Button>
        </div>

        <SystemKindField
          t={t}
          registration={register("kind", {
            onChange: (e: { target: { value: string } }) =>
              onKindChange(e.target.value === "agent" ? "agent" : "standard"),
          })}
        />

        <SystemTextFields
          register={register}
          errors={formState.errors}
          t={t}
          validation={c.validation}
          prefix={systemIdPrefix(vendorOrgNo)}
          suffix={watched.idSuffix ?? ""}
        />

        {kind === "agent" ? (
          <p className="text-sm text-ink-subtle">{t.agentRightsNote}</p>
        ) : (
          <CheckboxGroup
            control={control}
            name="rights"
            legend={t.rightsLegend}
            hint={t.rightsHint}
            error={err("rights")}
            options={apis.map((a) => ({
              value: a.resource,
              label: a.name,
              hint: <code className="font-mono text-xs">{a.resource}</code>,
            }))}
          />
        )}

        {packageOptions.length > 0 ? (
          <CheckboxGroup
            control={control}
            name="accessPackages"
            legend={kind === "agent" ? t.packagesLegendAgent : t.packagesLegend}
            hint={
              kind === "agent" ? (
                t.packagesHintAgent
              ) : (
                <>
                  {t.packagesHint}
                  {packageOptions.length < allPackages.length && ` ${t.packagesStandardNote}`}
                </>
              )
            }
            error={err("accessPackages")}
            options={packageOptions.map((p) => ({
              value: p,
              label: <code className="font-mono text-xs">urn:altinn:accesspackage:{p}</code>,
            }))}
          />
        ) : (
          <div className="space-y-1">
            <p className="text-sm text-ink-subtle">{kind === "agent" ? t.noPackagesAgent : t.noPackages}</p>
            <p aria-live="polite" className="text-sm font-medium text-danger">
              {err("accessPackages")}
            </p>
          </div>
        )}

        <div className="space-y-1">
          <label htmlFor="clientId" className="block text-sm font-semibold">
            <WithTerms text={t.clientIdLabel} />
          </label>
          <p id="clientId-hint" className="text-sm text-ink-subtle">
            {t.clientIdHint}
          </p>
          <input
            id="clientId"
            readOnly
            value={clientId}
            className="block w-full rounded-md border border-line bg-canvas px-3 py-2 font-mono text-sm aria-[invalid=true]:border-danger"
            aria-invalid={Boolean(err("clientId"))}
            aria-describedby="clientId-hint clientId-error"
          />
          <p id="clientId-error" aria-live="polite" className="text-sm font-medium text-danger">
            {err("clientId")}
          </p>
        </div>

        {kind === "agent" ? (
          <p className="text-sm text-ink-subtle">{t.agentVisibleNote}</p>
        ) : (
          <div className="flex items-start gap-2">
            <input
              id="isVisible"
              type="checkbox"
              className="ds-input mt-1 shrink-0"
              aria-describedby="isVisible-hint"
              {...register("isVisible")}
            />
            <div>
              <label htmlFor="isVisible" className="text-sm font-semibold">
                {t.isVisibleLabel}
              </label>
              <p id="isVisible-hint" className="text-sm text-ink-subtle">
                {t.isVisibleHint}
              </p>
            </div>
          </div>
        )}

        <RedirectUrlsField
          control={control}
          register={register}
          errors={formState.errors}
          t={t}
          validation={c.validation}
          simulator={envId === "simulator"}
          returnUrl={returnUrl}
        />

        {formError && (
          <div id="system-form-error">
            <Alert tone="danger" role="alert">
              {formError}
            </Alert>
          </div>
        )}
        {doctor.map((d) => (
          <ErrorDoctor
            key={d.code}
            diagnosis={d}
            texts={{ ...c.errorDoctor, retry: c.retry }}
            onRetry={() => void onSubmit()}
          />
        ))}
        {notice && (
          <Alert tone="success" role="status">
            {notice}
          </Alert>
        )}

        {confirm ? (
          <SystemDiff
            changes={confirm.changes}
            changedMeanwhile={confirm.changedMeanwhile}
            t={t}
            pending={pending}
            pendingLabel={t.pending}
            onConfirm={onConfirm}
            onCancel={() => setConfirm(null)}
          />
        ) : (
          <ActionBar>
            <Button type="submit" data-primary-action pending={pending || moving} pendingLabel={t.pending}>
              {t.submit}
            </Button>
          </ActionBar>
        )}
      </form>

      <DeveloperDetails initialOpen={developer.open} summary={developer.summary} hint={developer.hint}>
        <CodeBlock
          id="system-preview-label"
          label={t.preview}
          code={JSON.stringify(preview, null, 2)}
          copyLabel={c.copy}
          copiedLabel={c.copied}
        />
        {developer.children}
      </DeveloperDetails>
    </div>
  );
}
