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
ALTER TABLE "talent_job_adjustments" ADD CONSTRAINT "talent_job_adjustments_job_id_talent_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."talent_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_jobs" ADD CONSTRAINT "talent_jobs_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_jobs" ADD CONSTRAINT "talent_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_job_adjustments_job_idx" ON "talent_job_adjustments" USING btree ("job_id","seq");--> statement-breakpoint
CREATE INDEX "talent_jobs_body_org_idx" ON "talent_jobs" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE INDEX "talent_list_status_changes_entry_idx" ON "talent_list_status_changes" USING btree ("entry_type","entry_id","seq");