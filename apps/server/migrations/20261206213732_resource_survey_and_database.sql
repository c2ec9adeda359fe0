CREATE TABLE "resource_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"major_code" text,
	"class_codes" text DEFAULT '' NOT NULL,
	"category_codes" text DEFAULT '' NOT NULL,
	"mode" text,
	"open_to_members" boolean NOT NULL,
	"workstations" integer DEFAULT 0 NOT NULL,
	"search_tokens" text DEFAULT '' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"prefilled_from" smallint,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"reopen_reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"deadline" date NOT NULL,
	"sections" jsonb NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_response_id_resource_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."resource_survey_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_survey_responses" ADD CONSTRAINT "resource_survey_responses_round_id_resource_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."resource_survey_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_survey_responses" ADD CONSTRAINT "resource_survey_responses_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_survey_rounds" ADD CONSTRAINT "resource_survey_rounds_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_entries_body_kind_idx" ON "resource_entries" USING btree ("body_id","kind");--> statement-breakpoint
CREATE INDEX "resource_entries_org_idx" ON "resource_entries" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE INDEX "resource_entries_search_idx" ON "resource_entries" USING gin (to_tsvector('simple', "search_tokens"));--> statement-breakpoint
CREATE UNIQUE INDEX "resource_survey_responses_round_org" ON "resource_survey_responses" USING btree ("round_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_survey_rounds_body_year" ON "resource_survey_rounds" USING btree ("body_id","year");