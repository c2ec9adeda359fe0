DROP INDEX "resource_entries_search_idx";--> statement-breakpoint
ALTER TABLE "resource_entries" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_tokens")) STORED;--> statement-breakpoint
CREATE INDEX "resource_entries_search_idx" ON "resource_entries" USING gin ("search_vector");