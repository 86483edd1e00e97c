CREATE TABLE "sim_orgs" (
	"sandbox_id" text NOT NULL,
	"orgno" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "sim_orgs_sandbox_id_orgno_pk" PRIMARY KEY("sandbox_id","orgno")
);
--> statement-breakpoint
ALTER TABLE "sim_scope_grants" ADD COLUMN "granted_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL;--> statement-breakpoint
ALTER TABLE "sim_system_users" ADD COLUMN "seq" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "sim_system_users_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "sim_orgs" ADD CONSTRAINT "sim_orgs_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sim_idempotency_created_idx" ON "sim_idempotency" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sim_requests_system_id_idx" ON "sim_requests" USING btree ("sandbox_id","system_id","id");--> statement-breakpoint
CREATE INDEX "sim_system_users_system_seq_idx" ON "sim_system_users" USING btree ("sandbox_id","system_id","seq");