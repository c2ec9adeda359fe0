CREATE TABLE "resource_exchange_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"offer_id" uuid NOT NULL,
	"request_id" uuid,
	"sender_org_id" uuid NOT NULL,
	"receiver_org_id" uuid,
	"proposed_by_org_id" uuid NOT NULL,
	"visitor_name" text,
	"teacher_name" text,
	"teacher_phone" text,
	"place" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"planned_hours" real NOT NULL,
	"planned_participants" integer,
	"actual_days" smallint,
	"actual_hours" real,
	"actual_participants" integer,
	"completion_note" text,
	"cancel_reason" text,
	"sender_score" smallint,
	"sender_comment" text,
	"sender_evaluated_at" timestamp with time zone,
	"receiver_score" smallint,
	"receiver_comment" text,
	"receiver_evaluated_at" timestamp with time zone,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_exchange_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"class_code" text NOT NULL,
	"fields" text NOT NULL,
	"days" smallint,
	"capacity" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text,
	"status" text DEFAULT 'open' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_offer_id_resource_exchange_posts_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."resource_exchange_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_request_id_resource_exchange_posts_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."resource_exchange_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_sender_org_id_organizations_id_fk" FOREIGN KEY ("sender_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_receiver_org_id_organizations_id_fk" FOREIGN KEY ("receiver_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_agreements" ADD CONSTRAINT "resource_exchange_agreements_proposed_by_org_id_organizations_id_fk" FOREIGN KEY ("proposed_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_posts" ADD CONSTRAINT "resource_exchange_posts_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_exchange_posts" ADD CONSTRAINT "resource_exchange_posts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_exchange_agreements_sender" ON "resource_exchange_agreements" USING btree ("body_id","sender_org_id");--> statement-breakpoint
CREATE INDEX "resource_exchange_agreements_receiver" ON "resource_exchange_agreements" USING btree ("body_id","receiver_org_id");--> statement-breakpoint
CREATE INDEX "resource_exchange_posts_body_kind" ON "resource_exchange_posts" USING btree ("body_id","kind","status");--> statement-breakpoint
CREATE INDEX "resource_exchange_posts_org" ON "resource_exchange_posts" USING btree ("org_id");