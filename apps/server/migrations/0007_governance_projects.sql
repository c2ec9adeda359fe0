CREATE TABLE "cooperation_project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_project_participants" (
	"project_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"joined_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"initiative_point" smallint,
	"proposer_org_id" uuid NOT NULL,
	"lead_org_id" uuid NOT NULL,
	"planned_start_on" date,
	"planned_end_on" date,
	"approval_item_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"started_on" date,
	"closed_on" date,
	"closing_reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_call_experts" (
	"call_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_call_experts_call_id_expert_id_pk" PRIMARY KEY("call_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "selection_expert_affiliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"org_id" uuid,
	"name" text NOT NULL,
	"uscc" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_stated_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_result_decisions" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"shortlisted" boolean DEFAULT false NOT NULL,
	"recommended" boolean DEFAULT false NOT NULL,
	"rank" integer,
	"aggregate" text,
	"deduction" text,
	"total" text,
	"by_indicator" jsonb,
	"decided_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_review_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"point_id" uuid NOT NULL,
	"score" numeric(8, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_review_settings" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"scoring_rule" jsonb NOT NULL,
	"limits" jsonb NOT NULL,
	"comments_visible_to_applicants" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"indicator_comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_comment" text,
	"deduction" numeric(8, 2) DEFAULT 0 NOT NULL,
	"deduction_reason" text,
	"submitted_at" timestamp with time zone,
	"assigned_by" uuid,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_score_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"field" text NOT NULL,
	"from_value" text,
	"to_value" text,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_site_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"members" text NOT NULL,
	"findings" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_project_milestones" ADD CONSTRAINT "cooperation_project_milestones_project_id_cooperation_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."cooperation_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_project_participants" ADD CONSTRAINT "cooperation_project_participants_project_id_cooperation_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."cooperation_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_project_participants" ADD CONSTRAINT "cooperation_project_participants_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_projects" ADD CONSTRAINT "cooperation_projects_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_projects" ADD CONSTRAINT "cooperation_projects_proposer_org_id_organizations_id_fk" FOREIGN KEY ("proposer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_projects" ADD CONSTRAINT "cooperation_projects_lead_org_id_organizations_id_fk" FOREIGN KEY ("lead_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_projects" ADD CONSTRAINT "cooperation_projects_approval_item_id_agenda_items_id_fk" FOREIGN KEY ("approval_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_call_experts" ADD CONSTRAINT "selection_call_experts_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_call_experts" ADD CONSTRAINT "selection_call_experts_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_expert_affiliations" ADD CONSTRAINT "selection_expert_affiliations_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_expert_affiliations" ADD CONSTRAINT "selection_expert_affiliations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_stated_conflicts" ADD CONSTRAINT "selection_stated_conflicts_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_stated_conflicts" ADD CONSTRAINT "selection_stated_conflicts_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_stated_conflicts" ADD CONSTRAINT "selection_stated_conflicts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_decisions" ADD CONSTRAINT "selection_result_decisions_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_decisions" ADD CONSTRAINT "selection_result_decisions_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_result_decisions" ADD CONSTRAINT "selection_result_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_review_scores" ADD CONSTRAINT "selection_review_scores_review_id_selection_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."selection_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_review_scores" ADD CONSTRAINT "selection_review_scores_point_id_selection_indicator_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."selection_indicator_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_review_settings" ADD CONSTRAINT "selection_review_settings_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_review_settings" ADD CONSTRAINT "selection_review_settings_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_reviews" ADD CONSTRAINT "selection_reviews_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_reviews" ADD CONSTRAINT "selection_reviews_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_reviews" ADD CONSTRAINT "selection_reviews_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_reviews" ADD CONSTRAINT "selection_reviews_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score_changes" ADD CONSTRAINT "selection_score_changes_review_id_selection_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."selection_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score_changes" ADD CONSTRAINT "selection_score_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_site_visits" ADD CONSTRAINT "selection_site_visits_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_site_visits" ADD CONSTRAINT "selection_site_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_project_milestones_project_idx" ON "cooperation_project_milestones" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_project_participants_key" ON "cooperation_project_participants" USING btree ("project_id","org_id");--> statement-breakpoint
CREATE INDEX "cooperation_project_participants_org_idx" ON "cooperation_project_participants" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "cooperation_projects_body_idx" ON "cooperation_projects" USING btree ("body_id","created_at");--> statement-breakpoint
CREATE INDEX "cooperation_projects_lead_idx" ON "cooperation_projects" USING btree ("lead_org_id");--> statement-breakpoint
CREATE INDEX "selection_call_experts_expert_idx" ON "selection_call_experts" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "selection_expert_affiliations_expert_idx" ON "selection_expert_affiliations" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "selection_stated_conflicts_call_idx" ON "selection_stated_conflicts" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "selection_result_decisions_call_idx" ON "selection_result_decisions" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_review_scores_point_key" ON "selection_review_scores" USING btree ("review_id","point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_reviews_pair_key" ON "selection_reviews" USING btree ("application_id","expert_id");--> statement-breakpoint
CREATE INDEX "selection_reviews_call_idx" ON "selection_reviews" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "selection_reviews_expert_idx" ON "selection_reviews" USING btree ("expert_id","status");--> statement-breakpoint
CREATE INDEX "selection_score_changes_review_idx" ON "selection_score_changes" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "selection_site_visits_application_idx" ON "selection_site_visits" USING btree ("application_id");