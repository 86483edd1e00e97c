import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { ClientDelegationPage, clientDelegationMetadata } from "@/app/sim/_approval/client-delegation-page";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";

export const dynamic = "force-dynamic";
export const generateMetadata = clientDelegationMetadata;

/** The shared sandbox's "Legg til kunder" page for an agent system user (contracts-more §1.6). */
export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <ClientDelegationPage sandboxId={SHARED_SANDBOX} searchParams={searchParams} />;
}
