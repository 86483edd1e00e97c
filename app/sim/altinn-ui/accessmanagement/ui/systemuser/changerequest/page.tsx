import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { ChangeApprovalPage, changeApprovalMetadata } from "@/app/sim/_approval/change-approval-page";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";

export const dynamic = "force-dynamic";
export const generateMetadata = changeApprovalMetadata;

/** The shared sandbox's change-request approval page (contracts-more §2: the change request's confirmUrl). */
export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <ChangeApprovalPage sandboxId={SHARED_SANDBOX} searchParams={searchParams} />;
}
