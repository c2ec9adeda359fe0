-- Experts already on a panel belong to the pool of the authority whose call it is (the earliest, if several).
INSERT INTO "selection_expert_pools" ("expert_id", "authority_org_id", "added_at")
SELECT DISTINCT ON (ce."expert_id") ce."expert_id", c."authority_org_id", ce."added_at"
FROM "selection_call_experts" ce
JOIN "selection_calls" c ON c."id" = ce."call_id"
ORDER BY ce."expert_id", ce."added_at", c."id"
ON CONFLICT ("expert_id") DO NOTHING;
