-- Permissions added with the quality reports, the resource survey and the talent lists. A fresh database gets them
-- with the default grants at first start; a database whose grants already exist gets them here. The security
-- administrator may change them like any other grant.
INSERT INTO "role_permissions" ("role", "permission")
SELECT "grant"."role", "grant"."permission"
FROM (VALUES
  ('body_secretariat', 'resources.survey.manage'),
  ('body_secretariat', 'resources.survey.fill'),
  ('body_secretariat', 'resources.database.read'),
  ('body_secretariat', 'talent.list.manage'),
  ('member_representative', 'resources.database.read'),
  ('liaison', 'resources.database.read'),
  ('org_admin', 'resources.survey.fill'),
  ('org_admin', 'resources.database.read'),
  ('data_collector', 'reports.data.collect'),
  ('data_collector', 'resources.survey.fill'),
  ('data_collector', 'resources.database.read'),
  ('reviewer', 'reports.data.review'),
  ('reviewer', 'resources.database.read'),
  ('principal', 'reports.data.approve'),
  ('principal', 'resources.database.read'),
  ('authority_admin', 'reports.cycle.manage')
) AS "grant"("role", "permission")
WHERE EXISTS (SELECT 1 FROM "role_permissions")
ON CONFLICT DO NOTHING;
