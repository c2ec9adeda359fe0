CREATE TABLE "talent_list_enterprise_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"on" date NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_list_enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"statement" text NOT NULL,
	"applied_on" date NOT NULL,
	"listed_on" date,
	"exited_on" date,
	"last_step_on" date NOT NULL,
	"reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_innovation_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"name" text NOT NULL,
	"published_on" date NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"provider" text NOT NULL,
	"org_id" uuid,
	"field" text,
	"budget_band" text,
	"closes_on" date,
	"contact_name" text,
	"contact_phone" text,
	"valid_from" date,
	"valid_until" date,
	"links" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"issue_id" uuid,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_job_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"changes" jsonb NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"position" text NOT NULL,
	"occupation" text NOT NULL,
	"occupation_code" text,
	"major_codes" jsonb NOT NULL,
	"education_level" text NOT NULL,
	"headcount" integer NOT NULL,
	"duties" text,
	"valid_until" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_list_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_type" text NOT NULL,
	"entry_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_student_aggregates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"major_code" text NOT NULL,
	"graduation_year" smallint NOT NULL,
	"students" integer NOT NULL,
	"seeking_placement" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_list_enterprise_steps" ADD CONSTRAINT "talent_list_enterprise_steps_entry_id_talent_list_enterprises_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."talent_list_enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_enterprises" ADD CONSTRAINT "talent_list_enterprises_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_enterprises" ADD CONSTRAINT "talent_list_enterprises_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_innovation_issues" ADD CONSTRAINT "talent_innovation_issues_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_items" ADD CONSTRAINT "talent_list_items_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_items" ADD CONSTRAINT "talent_list_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_items" ADD CONSTRAINT "talent_list_items_issue_id_talent_innovation_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."talent_innovation_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_job_adjustments" ADD CONSTRAINT "talent_job_adjustments_job_id_talent_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."talent_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_jobs" ADD CONSTRAINT "talent_jobs_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_jobs" ADD CONSTRAINT "talent_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_student_aggregates" ADD CONSTRAINT "talent_student_aggregates_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_student_aggregates" ADD CONSTRAINT "talent_student_aggregates_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_list_enterprise_steps_entry_idx" ON "talent_list_enterprise_steps" USING btree ("entry_id","at");--> statement-breakpoint
CREATE INDEX "talent_list_enterprises_body_idx" ON "talent_list_enterprises" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "talent_list_enterprises_org_idx" ON "talent_list_enterprises" USING btree ("org_id","body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_innovation_issues_number" ON "talent_innovation_issues" USING btree ("body_id","number");--> statement-breakpoint
CREATE INDEX "talent_list_items_body_kind_idx" ON "talent_list_items" USING btree ("body_id","kind","status");--> statement-breakpoint
CREATE INDEX "talent_job_adjustments_job_idx" ON "talent_job_adjustments" USING btree ("job_id","seq");--> statement-breakpoint
CREATE INDEX "talent_jobs_body_org_idx" ON "talent_jobs" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE INDEX "talent_list_status_changes_entry_idx" ON "talent_list_status_changes" USING btree ("entry_type","entry_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_student_aggregates_key" ON "talent_student_aggregates" USING btree ("body_id","org_id","major_code","graduation_year");--> statement-breakpoint
CREATE INDEX "talent_student_aggregates_body_idx" ON "talent_student_aggregates" USING btree ("body_id","status");