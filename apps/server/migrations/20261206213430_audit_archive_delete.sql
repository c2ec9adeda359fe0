-- Retention of the audit log (issue 11, item 7; docs/adr/0004-audit-chain.md): `chanjiao audit archive` removes
-- entries it has exported with a signed boundary. Only the table's owner may (the application role may not), only
-- rows older than six months (the legal minimum, whatever AUDIT_RETENTION_MONTHS says), and only inside a
-- transaction that set chanjiao.audit_archive. UPDATE and TRUNCATE stay refused for everyone.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('chanjiao.audit_archive', true) = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
     AND OLD.at < now() - interval '6 months' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
