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
ALTER TABLE "talent_reports" ADD CONSTRAINT "talent_reports_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_reports_body_idx" ON "talent_reports" USING btree ("body_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reports_number_key" ON "talent_reports" USING btree ("body_id","kind","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reports_period_key" ON "talent_reports" USING btree ("body_id","kind","year",coalesce("quarter", 0)) WHERE "talent_reports"."status" <> 'withdrawn';