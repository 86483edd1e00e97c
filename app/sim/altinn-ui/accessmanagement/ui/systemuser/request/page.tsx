import { approvalMetadata, ApprovalPage, type SearchParams } from "@/app/sim/_approval/approval-page";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";

export const dynamic = "force-dynamic";
export const generateMetadata = approvalMetadata;

/** The shared sandbox's approval page (the confirmUrl of requests made on the un-prefixed /sim/altinn paths). */
export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <ApprovalPage sandboxId={SHARED_SANDBOX} searchParams={searchParams} />;
}
