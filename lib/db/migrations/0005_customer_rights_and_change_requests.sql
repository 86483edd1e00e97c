ALTER TABLE "wizard_customers" ADD COLUMN "held" jsonb;--> statement-breakpoint
ALTER TABLE "wizard_customers" ADD COLUMN "change_request" jsonb;