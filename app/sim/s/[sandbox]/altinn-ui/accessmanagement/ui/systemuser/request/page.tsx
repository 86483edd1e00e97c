import { approvalMetadata, ApprovalPage, type SearchParams } from "@/app/sim/_approval/approval-page";

export const dynamic = "force-dynamic";
export const generateMetadata = approvalMetadata;

/** A wizard session's sandbox's approval page: the confirmUrl of requests made under /sim/s/<sandbox>/altinn. */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ sandbox: string }>;
  searchParams: SearchParams;
}) {
  const { sandbox } = await params;
  return <ApprovalPage sandboxId={sandbox} searchParams={searchParams} />;
}
