CREATE TABLE "wizard_customers" (
	"session_id" text NOT NULL,
	"system_id" text NOT NULL,
	"org_no" text NOT NULL,
	"request_kind" text DEFAULT 'standard' NOT NULL,
	"external_ref" text NOT NULL,
	"request_id" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"confirm_url" text DEFAULT '' NOT NULL,
	"request" jsonb NOT NULL,
	"system_user_id" text,
	"error_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone,
	CONSTRAINT "wizard_customers_session_id_system_id_org_no_pk" PRIMARY KEY("session_id","system_id","org_no")
);
--> statement-breakpoint
ALTER TABLE "wizard_customers" ADD CONSTRAINT "wizard_customers_session_id_wizard_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wizard_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wizard_customers_updated_idx" ON "wizard_customers" USING btree ("session_id","system_id","updated_at");