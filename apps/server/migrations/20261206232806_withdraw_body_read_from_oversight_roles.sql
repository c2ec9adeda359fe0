-- The security and audit administrators and the experts no longer read the bodies (alliances, consortia) by
-- default: packages/contracts/src/permissions.ts (OUTSIDE_BODIES). A database whose grants were seeded before
-- loses the grant here; a fresh one never gets it. The security administrator may grant it again on purpose.
DELETE FROM "role_permissions"
WHERE "permission" = 'body.read' AND "role" IN ('security_admin', 'audit_admin', 'expert');
