import { DecisionDonePage, doneMetadata } from "@/app/sim/_approval/done-page";
import type { SearchParams } from "@/app/sim/_approval/approval-page";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";

export const dynamic = "force-dynamic";
export const generateMetadata = doneMetadata;

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DecisionDonePage sandboxId={SHARED_SANDBOX} searchParams={searchParams} />;
}
