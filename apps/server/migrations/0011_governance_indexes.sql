CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"organiser_org_id" uuid,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"place" text,
	"registration_deadline" date NOT NULL,
	"capacity_per_unit" integer,
	"capacity_total" integer,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_evidence" (
	"outcome_id" uuid NOT NULL,
	"file_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"org_id" uuid,
	"participant_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"phone" text NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "agenda_items_body_closed_idx";--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organiser_org_id_organizations_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_outcome_id_activity_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."activity_outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outcomes" ADD CONSTRAINT "activity_outcomes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outcomes" ADD CONSTRAINT "activity_outcomes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outcomes" ADD CONSTRAINT "activity_outcomes_participant_id_activity_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."activity_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_body_idx" ON "activities" USING btree ("body_id","start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_evidence_file_key" ON "activity_evidence" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "activity_evidence_outcome_idx" ON "activity_evidence" USING btree ("outcome_id");--> statement-breakpoint
CREATE INDEX "activity_outcomes_activity_idx" ON "activity_outcomes" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_outcomes_org_idx" ON "activity_outcomes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "activity_participants_activity_idx" ON "activity_participants" USING btree ("activity_id","org_id");--> statement-breakpoint
CREATE INDEX "activity_participants_org_idx" ON "activity_participants" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "agenda_items_register_idx" ON "agenda_items" USING btree ("body_id","vote_closed_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "agenda_items"."vote_closed_at" is not null;