import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { ClientDelegationPage, clientDelegationMetadata } from "@/app/sim/_approval/client-delegation-page";

export const dynamic = "force-dynamic";
export const generateMetadata = clientDelegationMetadata;

/** A wizard session's sandbox's "Legg til kunder" page for an agent system user (contracts-more §1.6). */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ sandbox: string }>;
  searchParams: SearchParams;
}) {
  const { sandbox } = await params;
  return <ClientDelegationPage sandboxId={sandbox} searchParams={searchParams} />;
}
