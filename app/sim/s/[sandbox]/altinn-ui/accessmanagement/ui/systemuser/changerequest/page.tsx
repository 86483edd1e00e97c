import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { ChangeApprovalPage, changeApprovalMetadata } from "@/app/sim/_approval/change-approval-page";

export const dynamic = "force-dynamic";
export const generateMetadata = changeApprovalMetadata;

/** A wizard session's sandbox's change-request approval page (the confirmUrl under /sim/s/<sandbox>). */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ sandbox: string }>;
  searchParams: SearchParams;
}) {
  const { sandbox } = await params;
  return <ChangeApprovalPage sandboxId={sandbox} searchParams={searchParams} />;
}
