-- A charter carries its title, and 章程第六条 becomes data on among whom the chair rotates
-- (chairRotation.basis: 'city' | 'member' | 'none'; packages/contracts/src/governance/charter.ts).
-- Charters registered before had no title: they get the body's name followed by 章程.
ALTER TABLE "charter_versions" ADD COLUMN "title" text;--> statement-breakpoint
UPDATE "charter_versions" SET "title" = "bodies"."name" || '章程'
FROM "bodies" WHERE "bodies"."id" = "charter_versions"."body_id";--> statement-breakpoint
ALTER TABLE "charter_versions" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
-- The rotation rule was { termYears, differentCityEachTerm }. true is the seed charter's 第六条 ("由不同城市的成员院校
-- 轮流担任"): basis 'city'; false set no condition: basis 'none'. Absent means the seed charter's rule.
UPDATE "charter_versions"
SET "chair_rotation" = jsonb_build_object(
  'termYears', COALESCE("chair_rotation"->'termYears', '1'::jsonb),
  'basis', CASE WHEN "chair_rotation"->>'differentCityEachTerm' = 'false' THEN 'none' ELSE 'city' END
)
WHERE NOT ("chair_rotation" ? 'basis');--> statement-breakpoint
-- Amendments proposed on agenda items (voted or not) carry the same rule.
UPDATE "agenda_items"
SET "amendment" = jsonb_set(
  "amendment",
  '{chairRotation}',
  jsonb_build_object(
    'termYears', COALESCE("amendment"->'chairRotation'->'termYears', '1'::jsonb),
    'basis', CASE WHEN "amendment"->'chairRotation'->>'differentCityEachTerm' = 'false' THEN 'none' ELSE 'city' END
  )
)
WHERE "amendment" IS NOT NULL AND "amendment" ? 'chairRotation' AND NOT ("amendment"->'chairRotation' ? 'basis');--> statement-breakpoint
-- First registration of a charter (governance.charter.register): the platform administrator and the body's
-- secretariat. A fresh database gets it with the default grants; one whose grants exist gets it here.
INSERT INTO "role_permissions" ("role", "permission")
SELECT "grant"."role", "grant"."permission"
FROM (VALUES
  ('platform_admin', 'governance.charter.register'),
  ('body_secretariat', 'governance.charter.register')
) AS "grant"("role", "permission")
WHERE EXISTS (SELECT 1 FROM "role_permissions")
ON CONFLICT DO NOTHING;
