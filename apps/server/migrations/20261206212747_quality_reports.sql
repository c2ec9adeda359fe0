CREATE TABLE "report_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_org_id" uuid NOT NULL,
	"report_year" smallint NOT NULL,
	"title" text NOT NULL,
	"notice_number" text,
	"levels" jsonb NOT NULL,
	"deadlines" jsonb NOT NULL,
	"outline" jsonb NOT NULL,
	"indicator_set_version" text NOT NULL,
	"stated_table1_totals" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL,
	"comment" text,
	"field_comments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_snapshot" jsonb
);
--> statement-breakpoint
CREATE TABLE "quality_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"level" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"data" jsonb NOT NULL,
	"field_comments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_comment" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"statement" jsonb,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_cycles" ADD CONSTRAINT "report_cycles_authority_org_id_organizations_id_fk" FOREIGN KEY ("authority_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_report_events" ADD CONSTRAINT "quality_report_events_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_report_events" ADD CONSTRAINT "quality_report_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reports" ADD CONSTRAINT "quality_reports_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reports" ADD CONSTRAINT "quality_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reports" ADD CONSTRAINT "quality_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_cycles_authority_year_key" ON "report_cycles" USING btree ("authority_org_id","report_year");--> statement-breakpoint
CREATE INDEX "report_cycles_status_idx" ON "report_cycles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "quality_report_events_report_idx" ON "quality_report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_reports_cycle_org_key" ON "quality_reports" USING btree ("cycle_id","org_id");--> statement-breakpoint
CREATE INDEX "quality_reports_org_idx" ON "quality_reports" USING btree ("org_id");