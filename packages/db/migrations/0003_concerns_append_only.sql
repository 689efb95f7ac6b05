-- A concern is evidence of what a family said: never deleted or edited, only added to.
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER concerns_append_only BEFORE UPDATE OR DELETE ON concerns
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER concern_events_append_only BEFORE UPDATE OR DELETE ON concern_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER feedback_responses_append_only BEFORE UPDATE OR DELETE ON feedback_responses
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
