ALTER TABLE "audit_log" ADD COLUMN "lane" smallint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_lane_seq_idx" ON "audit_log" USING btree ("lane","seq");