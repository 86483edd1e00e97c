CREATE TABLE "sim_clients" (
	"sandbox_id" text NOT NULL,
	"client_id" text NOT NULL,
	"orgno" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "sim_clients_sandbox_id_client_id_pk" PRIMARY KEY("sandbox_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "sim_idempotency" (
	"sandbox_id" text NOT NULL,
	"key" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_idempotency_sandbox_id_key_pk" PRIMARY KEY("sandbox_id","key")
);
--> statement-breakpoint
CREATE TABLE "sim_requests" (
	"sandbox_id" text NOT NULL,
	"id" text NOT NULL,
	"system_id" text NOT NULL,
	"party_orgno" text NOT NULL,
	"external_ref" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_requests_sandbox_id_id_pk" PRIMARY KEY("sandbox_id","id")
);
--> statement-breakpoint
CREATE TABLE "sim_sandboxes" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	"clock_skew_seconds" integer DEFAULT 0 NOT NULL,
	"request_timeout_seconds" integer NOT NULL,
	"faults" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sim_scope_grants" (
	"sandbox_id" text NOT NULL,
	"orgno" text NOT NULL,
	"scope" text NOT NULL,
	CONSTRAINT "sim_scope_grants_sandbox_id_orgno_scope_pk" PRIMARY KEY("sandbox_id","orgno","scope")
);
--> statement-breakpoint
CREATE TABLE "sim_signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"kid" text NOT NULL,
	"pkcs8_pem" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sim_system_users" (
	"sandbox_id" text NOT NULL,
	"id" text NOT NULL,
	"system_id" text NOT NULL,
	"reportee_orgno" text NOT NULL,
	"external_ref" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "sim_system_users_sandbox_id_id_pk" PRIMARY KEY("sandbox_id","id")
);
--> statement-breakpoint
CREATE TABLE "sim_systems" (
	"sandbox_id" text NOT NULL,
	"internal_id" text NOT NULL,
	"system_id" text NOT NULL,
	"vendor_orgno" text NOT NULL,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "sim_systems_sandbox_id_internal_id_pk" PRIMARY KEY("sandbox_id","internal_id")
);
--> statement-breakpoint
CREATE TABLE "sim_used_jtis" (
	"sandbox_id" text NOT NULL,
	"jti" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sim_used_jtis_sandbox_id_jti_pk" PRIMARY KEY("sandbox_id","jti")
);
--> statement-breakpoint
CREATE TABLE "wizard_keys" (
	"session_id" text PRIMARY KEY NOT NULL,
	"kid" text NOT NULL,
	"private_key_enc" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"downloaded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wizard_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"handle_hash" text NOT NULL,
	"sandbox_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wizard_sessions_handle_hash_unique" UNIQUE("handle_hash")
);
--> statement-breakpoint
CREATE TABLE "wizard_state_parts" (
	"session_id" text NOT NULL,
	"part" text NOT NULL,
	"schema_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wizard_state_parts_session_id_part_pk" PRIMARY KEY("session_id","part")
);
--> statement-breakpoint
ALTER TABLE "sim_clients" ADD CONSTRAINT "sim_clients_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_idempotency" ADD CONSTRAINT "sim_idempotency_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_requests" ADD CONSTRAINT "sim_requests_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_scope_grants" ADD CONSTRAINT "sim_scope_grants_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_system_users" ADD CONSTRAINT "sim_system_users_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_systems" ADD CONSTRAINT "sim_systems_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_used_jtis" ADD CONSTRAINT "sim_used_jtis_sandbox_id_sim_sandboxes_id_fk" FOREIGN KEY ("sandbox_id") REFERENCES "public"."sim_sandboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wizard_keys" ADD CONSTRAINT "wizard_keys_session_id_wizard_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wizard_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wizard_state_parts" ADD CONSTRAINT "wizard_state_parts_session_id_wizard_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wizard_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sim_clients_org_idx" ON "sim_clients" USING btree ("sandbox_id","orgno");--> statement-breakpoint
CREATE INDEX "sim_requests_key_idx" ON "sim_requests" USING btree ("sandbox_id","system_id","party_orgno","external_ref");--> statement-breakpoint
CREATE INDEX "sim_sandboxes_last_used_idx" ON "sim_sandboxes" USING btree ("last_used_at");--> statement-breakpoint
CREATE INDEX "sim_system_users_key_idx" ON "sim_system_users" USING btree ("sandbox_id","system_id","reportee_orgno","external_ref");--> statement-breakpoint
CREATE INDEX "sim_systems_system_idx" ON "sim_systems" USING btree ("sandbox_id","system_id");--> statement-breakpoint
CREATE INDEX "sim_systems_vendor_idx" ON "sim_systems" USING btree ("sandbox_id","vendor_orgno");--> statement-breakpoint
CREATE INDEX "sim_used_jtis_expiry_idx" ON "sim_used_jtis" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "wizard_sessions_last_seen_idx" ON "wizard_sessions" USING btree ("last_seen_at");