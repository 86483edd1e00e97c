import { approvalMetadata, ApprovalPage, type SearchParams } from "@/app/sim/_approval/approval-page";

export const dynamic = "force-dynamic";
export const generateMetadata = approvalMetadata;

/** A wizard session's sandbox's agent approval page: the confirmUrl of agent requests under /sim/s/<sandbox>. */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ sandbox: string }>;
  searchParams: SearchParams;
}) {
  const { sandbox } = await params;
  return <ApprovalPage sandboxId={sandbox} searchParams={searchParams} kind="agent" />;
}
