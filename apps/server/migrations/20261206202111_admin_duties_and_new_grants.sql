-- One person, one administrator duty for life (admin-requests.rules.ts): accounts that hold an administrator
-- role today are remembered with its duty, so they can never be given another one.
INSERT INTO "admin_duty_holders" ("user_id", "duty")
SELECT DISTINCT ON ("user_id") "user_id",
  CASE "role" WHEN 'platform_admin' THEN 'system' WHEN 'security_admin' THEN 'security' ELSE 'audit' END
FROM "user_roles"
WHERE "role" IN ('platform_admin', 'security_admin', 'audit_admin')
ORDER BY "user_id", "granted_at"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Grants added to the defaults since a database's grants were first seeded: the three administrators decide one
-- another's requests, and the talent exchange's permissions. A fresh database gets them with the default grants
-- at first start; an existing one here. The security administrator may change them like any other grant.
INSERT INTO "role_permissions" ("role", "permission")
SELECT "grant"."role", "grant"."permission"
FROM (VALUES
  ('platform_admin', 'admin.request.decide'),
  ('security_admin', 'admin.request.decide'),
  ('audit_admin', 'admin.request.decide'),
  ('body_secretariat', 'talent.demand.edit'),
  ('body_secretariat', 'talent.supply.edit'),
  ('body_secretariat', 'talent.analysis.manage'),
  ('org_admin', 'talent.demand.edit'),
  ('org_admin', 'talent.supply.edit'),
  ('data_collector', 'talent.demand.edit'),
  ('data_collector', 'talent.supply.edit')
) AS "grant"("role", "permission")
WHERE EXISTS (SELECT 1 FROM "role_permissions")
ON CONFLICT DO NOTHING;
