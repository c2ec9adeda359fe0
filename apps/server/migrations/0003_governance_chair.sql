CREATE TABLE "chair_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"org_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"decided_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_username" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chair_plans" (
	"body_id" uuid PRIMARY KEY NOT NULL,
	"first_year" integer NOT NULL,
	"years" integer NOT NULL,
	"first_org_id" uuid NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chair_years" (
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"org_id" uuid NOT NULL,
	"city" text NOT NULL,
	"source" text NOT NULL,
	"explanation" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chair_overrides" ADD CONSTRAINT "chair_overrides_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_overrides" ADD CONSTRAINT "chair_overrides_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_overrides" ADD CONSTRAINT "chair_overrides_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_plans" ADD CONSTRAINT "chair_plans_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_plans" ADD CONSTRAINT "chair_plans_first_org_id_organizations_id_fk" FOREIGN KEY ("first_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_years" ADD CONSTRAINT "chair_years_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_years" ADD CONSTRAINT "chair_years_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chair_overrides_active_key" ON "chair_overrides" USING btree ("body_id","year") WHERE "chair_overrides"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "chair_years_key" ON "chair_years" USING btree ("body_id","year");--> statement-breakpoint
CREATE INDEX "chair_years_org_idx" ON "chair_years" USING btree ("org_id");