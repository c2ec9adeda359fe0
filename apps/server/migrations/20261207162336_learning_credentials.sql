CREATE TABLE "credential_signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"public_key_multibase" text NOT NULL,
	"encrypted_private_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_credentials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"home_org_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"credential" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"status" text DEFAULT 'issued' NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text
);
--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_student_id_resource_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."resource_students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_home_org_id_organizations_id_fk" FOREIGN KEY ("home_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_key_id_credential_signing_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."credential_signing_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credential_signing_keys_one_active" ON "credential_signing_keys" USING btree ((true)) WHERE "credential_signing_keys"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "learning_credentials_student" ON "learning_credentials" USING btree ("student_id");