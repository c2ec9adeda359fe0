-- The platform administrator may see and retry background jobs (jobs.manage). A fresh database gets it with the
-- default grants at first start; a database whose grants already exist gets it here. The security administrator
-- may take it away again like any other grant.
INSERT INTO "role_permissions" ("role", "permission")
SELECT 'platform_admin', 'jobs.manage'
WHERE EXISTS (SELECT 1 FROM "role_permissions")
ON CONFLICT DO NOTHING;
