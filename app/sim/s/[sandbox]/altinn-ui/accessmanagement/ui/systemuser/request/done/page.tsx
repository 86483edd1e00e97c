import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { DecisionDonePage, doneMetadata } from "@/app/sim/_approval/done-page";

export const dynamic = "force-dynamic";
export const generateMetadata = doneMetadata;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ sandbox: string }>;
  searchParams: SearchParams;
}) {
  const { sandbox } = await params;
  return <DecisionDonePage sandboxId={sandbox} searchParams={searchParams} />;
}
