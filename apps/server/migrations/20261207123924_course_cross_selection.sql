CREATE TABLE "resource_course_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"decline_reason" text,
	"score" numeric(4, 1),
	"passed" boolean,
	"result_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"host_org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"credits" numeric(4, 1) NOT NULL,
	"hours" integer NOT NULL,
	"term" text NOT NULL,
	"seats" integer NOT NULL,
	"mode" text NOT NULL,
	"grading" text NOT NULL,
	"prerequisites" text,
	"host_teacher" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"home_org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"student_number" text NOT NULL,
	"major" text NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_credit_recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"own_course_name" text,
	"credits" numeric(4, 1) NOT NULL,
	"grade" text,
	"rule_id" text,
	"reason" text,
	"decided_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_course_nominations" ADD CONSTRAINT "resource_course_nominations_course_id_resource_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."resource_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_nominations" ADD CONSTRAINT "resource_course_nominations_student_id_resource_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."resource_students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_courses" ADD CONSTRAINT "resource_courses_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_courses" ADD CONSTRAINT "resource_courses_host_org_id_organizations_id_fk" FOREIGN KEY ("host_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_students" ADD CONSTRAINT "resource_students_home_org_id_organizations_id_fk" FOREIGN KEY ("home_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_credit_recognitions" ADD CONSTRAINT "resource_credit_recognitions_nomination_id_resource_course_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."resource_course_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_course_nominations_course_student" ON "resource_course_nominations" USING btree ("course_id","student_id");--> statement-breakpoint
CREATE INDEX "resource_courses_body" ON "resource_courses" USING btree ("body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_students_home_number" ON "resource_students" USING btree ("home_org_id","student_number");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_credit_recognitions_nomination" ON "resource_credit_recognitions" USING btree ("nomination_id");