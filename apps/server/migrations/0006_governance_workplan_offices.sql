CREATE TABLE "governance_offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"duties" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"post" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_org_id" uuid,
	"start_on" date NOT NULL,
	"appointed_by" text NOT NULL,
	"ended_on" date,
	"recorded_by_username" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"file_id" uuid,
	"submitted_by_user_id" uuid,
	"submitted_by_username" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplan_evidence" (
	"progress_id" uuid NOT NULL,
	"file_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplan_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"org_id" uuid,
	"reported_on" date NOT NULL,
	"note" text NOT NULL,
	"progress_percent" integer NOT NULL,
	"status" text NOT NULL,
	"reported_by_user_id" uuid,
	"reported_by_username" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"title" text NOT NULL,
	"window_text" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"content" text NOT NULL,
	"expected_outcome" text NOT NULL,
	"units_text" text NOT NULL,
	"units" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"last_reported_on" date,
	"source_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_offices" ADD CONSTRAINT "governance_offices_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_appointments" ADD CONSTRAINT "office_appointments_office_id_governance_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."governance_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_appointments" ADD CONSTRAINT "office_appointments_holder_org_id_organizations_id_fk" FOREIGN KEY ("holder_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_documents" ADD CONSTRAINT "office_documents_office_id_governance_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."governance_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_documents" ADD CONSTRAINT "office_documents_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_documents" ADD CONSTRAINT "office_documents_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_evidence" ADD CONSTRAINT "workplan_evidence_progress_id_workplan_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."workplan_progress"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_evidence" ADD CONSTRAINT "workplan_evidence_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_progress" ADD CONSTRAINT "workplan_progress_task_id_workplan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."workplan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_progress" ADD CONSTRAINT "workplan_progress_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_progress" ADD CONSTRAINT "workplan_progress_reported_by_user_id_users_id_fk" FOREIGN KEY ("reported_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_tasks" ADD CONSTRAINT "workplan_tasks_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "governance_offices_name_key" ON "governance_offices" USING btree ("body_id","name");--> statement-breakpoint
CREATE INDEX "office_appointments_office_idx" ON "office_appointments" USING btree ("office_id","post","start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "office_documents_key" ON "office_documents" USING btree ("office_id","year","kind");--> statement-breakpoint
CREATE INDEX "office_documents_file_idx" ON "office_documents" USING btree ("file_id") WHERE "office_documents"."file_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_evidence_file_key" ON "workplan_evidence" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "workplan_evidence_progress_idx" ON "workplan_evidence" USING btree ("progress_id");--> statement-breakpoint
CREATE INDEX "workplan_progress_task_idx" ON "workplan_progress" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_tasks_title_key" ON "workplan_tasks" USING btree ("body_id","year","title");--> statement-breakpoint
CREATE INDEX "workplan_tasks_ends_idx" ON "workplan_tasks" USING btree ("body_id","ends_on");