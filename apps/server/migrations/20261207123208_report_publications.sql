CREATE TABLE "report_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"report_id" uuid,
	"org_id" uuid NOT NULL,
	"form" text NOT NULL,
	"published_on" date NOT NULL,
	"url" text NOT NULL,
	"published_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_by_name" text,
	"withdraw_reason" text
);
--> statement-breakpoint
ALTER TABLE "report_publications" ADD CONSTRAINT "report_publications_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publications" ADD CONSTRAINT "report_publications_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publications" ADD CONSTRAINT "report_publications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publications" ADD CONSTRAINT "report_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publications" ADD CONSTRAINT "report_publications_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_publications_live_report_key" ON "report_publications" USING btree ("report_id") WHERE "report_publications"."withdrawn_at" is null and "report_publications"."report_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "report_publications_live_cycle_key" ON "report_publications" USING btree ("cycle_id") WHERE "report_publications"."withdrawn_at" is null and "report_publications"."report_id" is null;--> statement-breakpoint
CREATE INDEX "report_publications_cycle_idx" ON "report_publications" USING btree ("cycle_id");