CREATE TABLE "selection_expert_pools" (
	"expert_id" uuid PRIMARY KEY NOT NULL,
	"authority_org_id" uuid,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "selection_expert_pools" ADD CONSTRAINT "selection_expert_pools_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_expert_pools" ADD CONSTRAINT "selection_expert_pools_authority_org_id_organizations_id_fk" FOREIGN KEY ("authority_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_expert_pools" ADD CONSTRAINT "selection_expert_pools_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;