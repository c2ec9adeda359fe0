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
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_evaluations" ADD CONSTRAINT "report_compliance_evaluations_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_report_id_quality_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quality_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_compliance_send_backs" ADD CONSTRAINT "report_compliance_send_backs_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_compliance_evaluations_pair_key" ON "report_compliance_evaluations" USING btree ("report_id","round","expert_id");--> statement-breakpoint
CREATE INDEX "report_compliance_evaluations_cycle_idx" ON "report_compliance_evaluations" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "report_compliance_evaluations_expert_idx" ON "report_compliance_evaluations" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_compliance_send_backs_round_key" ON "report_compliance_send_backs" USING btree ("report_id","round");--> statement-breakpoint
CREATE INDEX "report_compliance_send_backs_cycle_idx" ON "report_compliance_send_backs" USING btree ("cycle_id");