CREATE TABLE "talent_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"position" text NOT NULL,
	"occupation" text NOT NULL,
	"occupation_code" text,
	"major_codes" jsonb NOT NULL,
	"education_level" text NOT NULL,
	"start_year" smallint NOT NULL,
	"headcounts" jsonb NOT NULL,
	"skills" text,
	"location_region_code" text NOT NULL,
	"wage_min" integer,
	"wage_max" integer,
	"apprenticeship_places" integer DEFAULT 0 NOT NULL,
	"internship_places" integer DEFAULT 0 NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_shortage_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"start_year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"thresholds" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_shortage_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"major_code" text NOT NULL,
	"major_name" text NOT NULL,
	"level" text NOT NULL,
	"class_name" text NOT NULL,
	"category_name" text NOT NULL,
	"demand" integer NOT NULL,
	"supply" integer NOT NULL,
	"gap" integer NOT NULL,
	"enterprises" integer NOT NULL,
	"origin" text NOT NULL,
	"reason" text,
	"explanation" jsonb NOT NULL,
	"demands" jsonb NOT NULL,
	"removed_reason" text,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "talent_shortage_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_supplies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"major_code" text NOT NULL,
	"mode" text NOT NULL,
	"start_year" smallint NOT NULL,
	"planned_enrolment" jsonb NOT NULL,
	"expected_graduates" jsonb NOT NULL,
	"placements_offered" integer DEFAULT 0 NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_demands" ADD CONSTRAINT "talent_demands_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_demands" ADD CONSTRAINT "talent_demands_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_shortage_catalogues" ADD CONSTRAINT "talent_shortage_catalogues_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_shortage_entries" ADD CONSTRAINT "talent_shortage_entries_catalogue_id_talent_shortage_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."talent_shortage_catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_shortage_status_changes" ADD CONSTRAINT "talent_shortage_status_changes_catalogue_id_talent_shortage_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."talent_shortage_catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_supplies" ADD CONSTRAINT "talent_supplies_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_supplies" ADD CONSTRAINT "talent_supplies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_demands_body_org_idx" ON "talent_demands" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE INDEX "talent_demands_body_year_idx" ON "talent_demands" USING btree ("body_id","start_year");--> statement-breakpoint
CREATE INDEX "talent_shortage_catalogues_body_idx" ON "talent_shortage_catalogues" USING btree ("body_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_shortage_entries_key" ON "talent_shortage_entries" USING btree ("catalogue_id","major_code");--> statement-breakpoint
CREATE INDEX "talent_shortage_status_changes_catalogue_idx" ON "talent_shortage_status_changes" USING btree ("catalogue_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_supplies_key" ON "talent_supplies" USING btree ("body_id","org_id","major_code","mode","start_year");--> statement-breakpoint
CREATE INDEX "talent_supplies_body_major_idx" ON "talent_supplies" USING btree ("body_id","major_code");