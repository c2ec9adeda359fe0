CREATE TABLE "talent_list_enterprise_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"on" date NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_list_enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"statement" text NOT NULL,
	"applied_on" date NOT NULL,
	"listed_on" date,
	"exited_on" date,
	"last_step_on" date NOT NULL,
	"reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_list_enterprise_steps" ADD CONSTRAINT "talent_list_enterprise_steps_entry_id_talent_list_enterprises_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."talent_list_enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_enterprises" ADD CONSTRAINT "talent_list_enterprises_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_list_enterprises" ADD CONSTRAINT "talent_list_enterprises_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_list_enterprise_steps_entry_idx" ON "talent_list_enterprise_steps" USING btree ("entry_id","at");--> statement-breakpoint
CREATE INDEX "talent_list_enterprises_body_idx" ON "talent_list_enterprises" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "talent_list_enterprises_org_idx" ON "talent_list_enterprises" USING btree ("org_id","body_id");