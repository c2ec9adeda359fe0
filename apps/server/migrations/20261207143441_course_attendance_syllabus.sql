CREATE TABLE "resource_attendance_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"mark" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_course_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"session_on" date NOT NULL,
	"topic" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_course_syllabi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_attendance_marks" ADD CONSTRAINT "resource_attendance_marks_session_id_resource_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."resource_course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_attendance_marks" ADD CONSTRAINT "resource_attendance_marks_nomination_id_resource_course_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."resource_course_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_sessions" ADD CONSTRAINT "resource_course_sessions_course_id_resource_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."resource_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_syllabi" ADD CONSTRAINT "resource_course_syllabi_course_id_resource_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."resource_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_course_syllabi" ADD CONSTRAINT "resource_course_syllabi_file_id_file_blobs_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_attendance_marks_session_nomination" ON "resource_attendance_marks" USING btree ("session_id","nomination_id");--> statement-breakpoint
CREATE INDEX "resource_attendance_marks_nomination" ON "resource_attendance_marks" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_course_sessions_course_day" ON "resource_course_sessions" USING btree ("course_id","session_on");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_course_syllabi_course_version" ON "resource_course_syllabi" USING btree ("course_id","version");