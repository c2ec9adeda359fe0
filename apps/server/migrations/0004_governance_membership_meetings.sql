CREATE TABLE "charter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"text" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"chair_rotation" jsonb NOT NULL,
	"effective_on" date NOT NULL,
	"adopted_by_item_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"subject_org_id" uuid,
	"case_id" uuid,
	"amendment" jsonb,
	"vote_status" text DEFAULT 'pending' NOT NULL,
	"threshold" jsonb,
	"quorum" jsonb,
	"electorate" jsonb,
	"vote_opened_at" timestamp with time zone,
	"vote_closed_at" timestamp with time zone,
	"result" jsonb,
	"passed" boolean,
	"resolution_no" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"representative_name" text,
	"representative_role" text,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"cast_via" text NOT NULL,
	"cast_by_user_id" uuid,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"minutes_text" text,
	"minutes_status" text DEFAULT 'none' NOT NULL,
	"minutes_approved_on" date,
	"minutes_published_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expulsion_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"ground" integer NOT NULL,
	"facts" text NOT NULL,
	"is_automatic" boolean DEFAULT false NOT NULL,
	"evidence_meeting_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by_user_id" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"decided_on" date,
	"ban_ends_on" date,
	"dismiss_reason" text,
	"notice_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"published_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"legal_person_status" text NOT NULL,
	"qualifications" jsonb NOT NULL,
	"reasons" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_title" text,
	"contact_phone" text NOT NULL,
	"contact_email" text,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"serial" integer NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"application_id" uuid,
	"returned_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "withdrawal_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"letter" text NOT NULL,
	"intended_on" date NOT NULL,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"receipt_confirmed_on" date,
	"earliest_effective_on" date,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"decided_on" date,
	"effective_on" date,
	"certificate_returned_on" date,
	"notice_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charter_versions" ADD CONSTRAINT "charter_versions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_subject_org_id_organizations_id_fk" FOREIGN KEY ("subject_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_cast_by_user_id_users_id_fk" FOREIGN KEY ("cast_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expulsion_proposals" ADD CONSTRAINT "expulsion_proposals_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expulsion_proposals" ADD CONSTRAINT "expulsion_proposals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expulsion_proposals" ADD CONSTRAINT "expulsion_proposals_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_notices" ADD CONSTRAINT "governance_notices_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_notices" ADD CONSTRAINT "governance_notices_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_certificates" ADD CONSTRAINT "membership_certificates_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_certificates" ADD CONSTRAINT "membership_certificates_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_requests" ADD CONSTRAINT "withdrawal_requests_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_requests" ADD CONSTRAINT "withdrawal_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_requests" ADD CONSTRAINT "withdrawal_requests_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charter_versions_body_version_key" ON "charter_versions" USING btree ("body_id","version_no");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_body_closed_idx" ON "agenda_items" USING btree ("body_id","vote_closed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_resolution_no_key" ON "agenda_items" USING btree ("body_id","resolution_no") WHERE "agenda_items"."resolution_no" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_meeting_org_key" ON "meeting_attendance" USING btree ("meeting_id","org_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_body_org_idx" ON "meeting_attendance" USING btree ("body_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_ballots_item_org_key" ON "meeting_ballots" USING btree ("item_id","org_id");--> statement-breakpoint
CREATE INDEX "meetings_body_held_idx" ON "meetings" USING btree ("body_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "expulsion_proposals_open_key" ON "expulsion_proposals" USING btree ("body_id","org_id") WHERE "expulsion_proposals"."status" in ('proposed', 'on_agenda');--> statement-breakpoint
CREATE INDEX "expulsion_proposals_org_idx" ON "expulsion_proposals" USING btree ("body_id","org_id","status");--> statement-breakpoint
CREATE INDEX "governance_notices_body_idx" ON "governance_notices" USING btree ("body_id","published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_applications_open_key" ON "membership_applications" USING btree ("body_id","org_id") WHERE "membership_applications"."status" in ('submitted', 'on_agenda');--> statement-breakpoint
CREATE INDEX "membership_applications_body_status_idx" ON "membership_applications" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "membership_applications_org_idx" ON "membership_applications" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_certificates_serial_key" ON "membership_certificates" USING btree ("body_id","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_certificates_valid_key" ON "membership_certificates" USING btree ("body_id","org_id") WHERE "membership_certificates"."returned_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "withdrawal_requests_open_key" ON "withdrawal_requests" USING btree ("body_id","org_id") WHERE "withdrawal_requests"."status" in ('submitted', 'receipt_confirmed', 'on_agenda', 'approved');--> statement-breakpoint
CREATE INDEX "withdrawal_requests_body_status_idx" ON "withdrawal_requests" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "withdrawal_requests_org_idx" ON "withdrawal_requests" USING btree ("org_id");