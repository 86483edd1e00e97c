CREATE TABLE "sim_change_requests" (
	"sandbox_id" text NOT NULL,
	"id" text NOT NULL,
	"system_id" text NOT NULL,
	"system_user_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_change_requests_sandbox_id_id_pk" PRIMARY KEY("sandbox_id","id")
);
--> statement-breakpoint
CREATE TABLE "sim_client_delegations" (
	"sandbox_id" text NOT NULL,
	"system_user_id" text NOT NULL,
	"client_id" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "sim_client_delegations_sandbox_id_system_user_id_client_id_pk" PRIMARY KEY("sandbox_id","system_user_id","client_id")
);
--> statement-breakpoint
ALTER TABLE "sim_change_requests" ADD CONSTRAINT "sim_change_requests_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_client_delegations" ADD CONSTRAINT "sim_client_delegations_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sim_change_requests_system_idx" ON "sim_change_requests" USING btree ("sandbox_id","system_id");