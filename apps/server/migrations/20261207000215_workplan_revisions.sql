CREATE TABLE "workplan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"plan_version" integer NOT NULL,
	"task_id" uuid NOT NULL,
	"change" text NOT NULL,
	"reason" text,
	"fields" jsonb NOT NULL,
	"by_user_id" uuid,
	"by_username" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workplan_tasks" ADD COLUMN "retired_on" date;--> statement-breakpoint
ALTER TABLE "workplan_tasks" ADD COLUMN "retire_reason" text;--> statement-breakpoint
ALTER TABLE "workplan_revisions" ADD CONSTRAINT "workplan_revisions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_revisions" ADD CONSTRAINT "workplan_revisions_task_id_workplan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."workplan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_revisions" ADD CONSTRAINT "workplan_revisions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_revisions_version_key" ON "workplan_revisions" USING btree ("body_id","year","plan_version");--> statement-breakpoint
CREATE INDEX "workplan_revisions_task_idx" ON "workplan_revisions" USING btree ("task_id");--> statement-breakpoint
-- Tasks loaded before the plan kept versions enter its history as added, in the plan's order.
INSERT INTO "workplan_revisions" ("body_id", "year", "plan_version", "task_id", "change", "fields", "created_at")
SELECT "body_id", "year",
  row_number() OVER (PARTITION BY "body_id", "year" ORDER BY "sort_order", "created_at", "id"),
  "id", 'add',
  jsonb_build_array(
    jsonb_build_object('field', 'section', 'before', NULL, 'after', "section"),
    jsonb_build_object('field', 'title', 'before', NULL, 'after', "title"),
    jsonb_build_object('field', 'windowText', 'before', NULL, 'after', "window_text"),
    jsonb_build_object('field', 'content', 'before', NULL, 'after', "content"),
    jsonb_build_object('field', 'expectedOutcome', 'before', NULL, 'after', "expected_outcome"),
    jsonb_build_object('field', 'unitsText', 'before', NULL, 'after', "units_text")
  ),
  "created_at"
FROM "workplan_tasks";
