CREATE TABLE "finance_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "finance_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"approval_item_id" uuid,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"occurred_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"description" text NOT NULL,
	"counterparty" text,
	"voucher_no" text,
	"recorded_by_user_id" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance_budget_lines" ADD CONSTRAINT "finance_budget_lines_budget_id_finance_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."finance_budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_budgets" ADD CONSTRAINT "finance_budgets_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_budgets" ADD CONSTRAINT "finance_budgets_approval_item_id_agenda_items_id_fk" FOREIGN KEY ("approval_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_entries" ADD CONSTRAINT "finance_entries_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_entries" ADD CONSTRAINT "finance_entries_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finance_budget_lines_budget_idx" ON "finance_budget_lines" USING btree ("budget_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_budgets_body_year_key" ON "finance_budgets" USING btree ("body_id","year");--> statement-breakpoint
CREATE INDEX "finance_entries_body_date_idx" ON "finance_entries" USING btree ("body_id","occurred_on");