CREATE TABLE "talent_placement_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"job_id" uuid,
	"position" text NOT NULL,
	"places" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_placement_take_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"school_org_id" uuid NOT NULL,
	"students" integer NOT NULL,
	"months" double precision NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_teacher_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"school_org_id" uuid NOT NULL,
	"enterprise_org_id" uuid NOT NULL,
	"teachers" integer NOT NULL,
	"months" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_placement_offers" ADD CONSTRAINT "talent_placement_offers_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_placement_offers" ADD CONSTRAINT "talent_placement_offers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_placement_offers" ADD CONSTRAINT "talent_placement_offers_job_id_talent_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."talent_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_placement_take_ups" ADD CONSTRAINT "talent_placement_take_ups_offer_id_talent_placement_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."talent_placement_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_placement_take_ups" ADD CONSTRAINT "talent_placement_take_ups_school_org_id_organizations_id_fk" FOREIGN KEY ("school_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_teacher_practices" ADD CONSTRAINT "talent_teacher_practices_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_teacher_practices" ADD CONSTRAINT "talent_teacher_practices_school_org_id_organizations_id_fk" FOREIGN KEY ("school_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_teacher_practices" ADD CONSTRAINT "talent_teacher_practices_enterprise_org_id_organizations_id_fk" FOREIGN KEY ("enterprise_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_placement_offers_body_idx" ON "talent_placement_offers" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE INDEX "talent_placement_take_ups_offer_idx" ON "talent_placement_take_ups" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "talent_teacher_practices_body_idx" ON "talent_teacher_practices" USING btree ("body_id");