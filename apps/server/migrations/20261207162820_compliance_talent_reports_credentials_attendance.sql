CREATE TABLE "report_compliance_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"checklist_version" text NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conflict_reason" text,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_compliance_send_backs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"reason" text NOT NULL,
	"sent_by" uuid,
	"sent_by_name" text,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_attendance_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"mark" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_course_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"session_on" date NOT NULL,
	"topic" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "resource_course_syllabi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" integer,
	"sections" jsonb NOT NULL,
	"figures" jsonb,
	"published_on" date,
	"published_at" timestamp with time zone,
	"withdrawn_on" date,
	"withdrawn_reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_attendance_marks" ADD CONSTRAINT "resource_attendance_marks_session_id_resource_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."resource_course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_attendance_marks" ADD CONSTRAINT "resource_attendance_marks_nomination_id_resource_course_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."resource_course_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_sessions" ADD CONSTRAINT "resource_course_sessions_course_id_resource_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."resource_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_student_id_resource_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."resource_students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_home_org_id_organizations_id_fk" FOREIGN KEY ("home_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD CONSTRAINT "learning_credentials_key_id_credential_signing_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."credential_signing_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_syllabi" ADD CONSTRAINT "resource_course_syllabi_course_id_resource_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."resource_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_syllabi" ADD CONSTRAINT "resource_course_syllabi_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reports" ADD CONSTRAINT "talent_reports_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_compliance_evaluations_pair_key" ON "report_compliance_evaluations" USING btree ("report_id","round","expert_id");--> statement-breakpoint
CREATE INDEX "report_compliance_evaluations_cycle_idx" ON "report_compliance_evaluations" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "report_compliance_evaluations_expert_idx" ON "report_compliance_evaluations" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_compliance_send_backs_round_key" ON "report_compliance_send_backs" USING btree ("report_id","round");--> statement-breakpoint
CREATE INDEX "report_compliance_send_backs_cycle_idx" ON "report_compliance_send_backs" USING btree ("cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_attendance_marks_session_nomination" ON "resource_attendance_marks" USING btree ("session_id","nomination_id");--> statement-breakpoint
CREATE INDEX "resource_attendance_marks_nomination" ON "resource_attendance_marks" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_course_sessions_course_day" ON "resource_course_sessions" USING btree ("course_id","session_on");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_signing_keys_one_active" ON "credential_signing_keys" USING btree ((true)) WHERE "credential_signing_keys"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "learning_credentials_student" ON "learning_credentials" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_course_syllabi_course_version" ON "resource_course_syllabi" USING btree ("course_id","version");--> statement-breakpoint
CREATE INDEX "talent_reports_body_idx" ON "talent_reports" USING btree ("body_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reports_number_key" ON "talent_reports" USING btree ("body_id","kind","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reports_period_key" ON "talent_reports" USING btree ("body_id","kind","year",coalesce("quarter", 0)) WHERE "talent_reports"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "talent_demands_body_city_idx" ON "talent_demands" USING btree ("body_id",left("location_region_code", 4),"start_year");