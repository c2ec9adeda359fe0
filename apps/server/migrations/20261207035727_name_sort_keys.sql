DROP INDEX "organizations_region_name_idx";--> statement-breakpoint
DROP INDEX "organizations_province_name_idx";--> statement-breakpoint
DROP INDEX "organizations_city_name_idx";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "display_name_sort_key" text;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
CREATE INDEX "users_display_name_sort_idx" ON "users" USING btree ("display_name_sort_key","display_name");--> statement-breakpoint
CREATE INDEX "bodies_sort_idx" ON "bodies" USING btree ("name_sort_key","name");--> statement-breakpoint
CREATE INDEX "organizations_sort_idx" ON "organizations" USING btree ("name_sort_key","name");--> statement-breakpoint
CREATE INDEX "organizations_region_sort_idx" ON "organizations" USING btree ("region_code","name_sort_key","name");--> statement-breakpoint
CREATE INDEX "organizations_province_sort_idx" ON "organizations" USING btree ("province_code","name_sort_key","name");--> statement-breakpoint
CREATE INDEX "organizations_city_sort_idx" ON "organizations" USING btree ("city_code","name_sort_key","name");