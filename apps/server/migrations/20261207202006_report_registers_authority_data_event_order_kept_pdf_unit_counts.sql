CREATE TABLE "report_case_images" (
	"case_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "report_case_images_case_id_file_id_pk" PRIMARY KEY("case_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "report_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"title" text NOT NULL,
	"schools" jsonb NOT NULL,
	"chapter" text,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_register_blocks" (
	"cycle_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"chapter" text NOT NULL,
	"caption" text NOT NULL,
	"filter" jsonb NOT NULL,
	CONSTRAINT "report_register_blocks_cycle_id_position_pk" PRIMARY KEY("cycle_id","position")
);
--> statement-breakpoint
CREATE TABLE "report_register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"year" smallint NOT NULL,
	"school_level" text NOT NULL,
	"name" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_org_id" uuid,
	"major_code" text,
	"major_name" text,
	"people" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_table" text,
	"position" integer NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_cycles" ADD COLUMN "authority_data" jsonb;--> statement-breakpoint
ALTER TABLE "quality_report_events" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "quality_report_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "learning_credentials" ADD COLUMN "pdf" "bytea";--> statement-breakpoint
ALTER TABLE "report_case_images" ADD CONSTRAINT "report_case_images_case_id_report_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."report_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_case_images" ADD CONSTRAINT "report_case_images_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cases" ADD CONSTRAINT "report_cases_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_register_blocks" ADD CONSTRAINT "report_register_blocks_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_register_entries" ADD CONSTRAINT "report_register_entries_cycle_id_report_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."report_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_register_entries" ADD CONSTRAINT "report_register_entries_holder_org_id_organizations_id_fk" FOREIGN KEY ("holder_org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_case_images_file_idx" ON "report_case_images" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "report_cases_cycle_idx" ON "report_cases" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "report_register_entries_cycle_idx" ON "report_register_entries" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "resource_entries_unit_counts_idx" ON "resource_entries" USING btree ("body_id","kind","org_id","workstations");