CREATE TABLE "bulletins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"author_user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"issue_number" integer,
	"subject" text NOT NULL,
	"headline" text,
	"event_on" date,
	"content" text NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_to" text,
	"copy_to" text,
	"issuer" text,
	"issued_on" date,
	"drafted_by" text,
	"reviewed_by" text,
	"submitted_on" date,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"view_count" integer DEFAULT 0 NOT NULL,
	"share_count" integer DEFAULT 0 NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"slot" text,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"page_count" integer,
	"toc" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "selection_application_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"place" text NOT NULL,
	"position" integer NOT NULL,
	"org_id" uuid,
	"name" text NOT NULL,
	"uscc" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_application_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"content" jsonb NOT NULL,
	"material_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"returned_at" timestamp with time zone,
	"returned_by" uuid,
	"return_reason" text
);
--> statement-breakpoint
CREATE TABLE "selection_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"applicant_org_id" uuid NOT NULL,
	"consortium_name" text NOT NULL,
	"park_org_id" uuid,
	"park_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"latest_version_no" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"created_by" uuid,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"notice_text" text,
	"eligibility" text,
	"deadline_local" text NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"indicator_system_id" uuid NOT NULL,
	"form_key" text NOT NULL,
	"form_version" integer NOT NULL,
	"text_limits" jsonb NOT NULL,
	"limits" jsonb NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_indicator_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"indicator_name" text NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"max_score" numeric(8, 2),
	"weight" numeric(8, 2),
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_indicator_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"version_no" integer NOT NULL,
	"based_on_id" uuid,
	"note" text,
	"frozen_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_files" ADD CONSTRAINT "selection_application_files_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_files" ADD CONSTRAINT "selection_application_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_units" ADD CONSTRAINT "selection_application_units_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_units" ADD CONSTRAINT "selection_application_units_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_versions" ADD CONSTRAINT "selection_application_versions_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_versions" ADD CONSTRAINT "selection_application_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_application_versions" ADD CONSTRAINT "selection_application_versions_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_applicant_org_id_organizations_id_fk" FOREIGN KEY ("applicant_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_park_org_id_organizations_id_fk" FOREIGN KEY ("park_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_calls" ADD CONSTRAINT "selection_calls_authority_org_id_organizations_id_fk" FOREIGN KEY ("authority_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_calls" ADD CONSTRAINT "selection_calls_indicator_system_id_selection_indicator_systems_id_fk" FOREIGN KEY ("indicator_system_id") REFERENCES "public"."selection_indicator_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_indicator_points" ADD CONSTRAINT "selection_indicator_points_system_id_selection_indicator_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."selection_indicator_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_indicator_systems" ADD CONSTRAINT "selection_indicator_systems_authority_org_id_organizations_id_fk" FOREIGN KEY ("authority_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_issue_key" ON "bulletins" USING btree ("body_id","issue_number") WHERE "bulletins"."issue_number" is not null;--> statement-breakpoint
CREATE INDEX "bulletins_body_status_idx" ON "bulletins" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "bulletins_published_idx" ON "bulletins" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "selection_application_files_application_idx" ON "selection_application_files" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "selection_application_units_application_idx" ON "selection_application_units" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "selection_application_units_org_idx" ON "selection_application_units" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "selection_application_units_uscc_idx" ON "selection_application_units" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_application_versions_key" ON "selection_application_versions" USING btree ("application_id","version_no");--> statement-breakpoint
CREATE INDEX "selection_applications_call_idx" ON "selection_applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "selection_applications_applicant_idx" ON "selection_applications" USING btree ("applicant_org_id");--> statement-breakpoint
CREATE INDEX "selection_calls_status_deadline_idx" ON "selection_calls" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE INDEX "selection_calls_authority_idx" ON "selection_calls" USING btree ("authority_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_indicator_points_code_key" ON "selection_indicator_points" USING btree ("system_id","code");--> statement-breakpoint
CREATE INDEX "selection_indicator_points_system_idx" ON "selection_indicator_points" USING btree ("system_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_indicator_systems_version_key" ON "selection_indicator_systems" USING btree ("authority_org_id","name","version_no");