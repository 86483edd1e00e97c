import { approvalMetadata, ApprovalPage, type SearchParams } from "@/app/sim/_approval/approval-page";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";

export const dynamic = "force-dynamic";
export const generateMetadata = approvalMetadata;

/** The shared sandbox's agent approval page (contracts-more §1.3: the agent request's confirmUrl). */
export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <ApprovalPage sandboxId={SHARED_SANDBOX} searchParams={searchParams} kind="agent" />;
}
