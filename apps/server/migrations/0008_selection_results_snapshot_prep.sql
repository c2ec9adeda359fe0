ALTER TABLE "selection_result_decisions" DROP COLUMN "rank";--> statement-breakpoint
ALTER TABLE "selection_result_decisions" DROP COLUMN "aggregate";--> statement-breakpoint
ALTER TABLE "selection_result_decisions" DROP COLUMN "deduction";--> statement-breakpoint
ALTER TABLE "selection_result_decisions" DROP COLUMN "total";--> statement-breakpoint
ALTER TABLE "selection_result_decisions" DROP COLUMN "by_indicator";