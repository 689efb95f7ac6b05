-- QA tallies (feedback_answer_tallies, feedback_answer_totals) cache the counts of months that
-- are over; feedback_tallied_months lists the months whose tallies are complete. These triggers
-- forget a month's tallies when its answers change, so the next QA query tallies it again.
-- Storing feedback for the current month costs one look at the few rows inserted, no more.

-- The first month that may not be tallied yet: months before it ended at least a day ago.
CREATE OR REPLACE FUNCTION feedback_tally_horizon() RETURNS date AS $$
  SELECT date_trunc('month', (now() AT TIME ZONE 'UTC') - interval '1 day')::date;
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- Tallying takes this lock exclusively; forgetting takes it shared, so a month is never tallied
-- while a change to it is on its way, nor marked complete after a change it did not see.
CREATE OR REPLACE FUNCTION feedback_tallies_forget(months date[]) RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7239145);
  DELETE FROM feedback_tallied_months WHERE month = ANY (months);
  IF FOUND THEN
    DELETE FROM feedback_answer_tallies WHERE month = ANY (months);
    DELETE FROM feedback_answer_totals WHERE month = ANY (months);
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_answers_forget_inserted() RETURNS trigger AS $$
DECLARE
  months date[];
BEGIN
  SELECT array_agg(DISTINCT month) INTO months FROM new_answers WHERE month < feedback_tally_horizon();
  IF months IS NOT NULL THEN
    PERFORM feedback_tallies_forget(months);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_answers_forget_deleted() RETURNS trigger AS $$
DECLARE
  months date[];
BEGIN
  SELECT array_agg(DISTINCT month) INTO months FROM old_answers;
  IF months IS NOT NULL THEN
    PERFORM feedback_tallies_forget(months);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_answers_forget_updated() RETURNS trigger AS $$
DECLARE
  months date[];
BEGIN
  SELECT array_agg(DISTINCT month) INTO months FROM (SELECT month FROM old_answers UNION SELECT month FROM new_answers) changed;
  IF months IS NOT NULL THEN
    PERFORM feedback_tallies_forget(months);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_answers_forget_all() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7239145);
  DELETE FROM feedback_tallied_months;
  DELETE FROM feedback_answer_tallies;
  DELETE FROM feedback_answer_totals;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER feedback_answers_forget_inserted AFTER INSERT ON feedback_answers
  REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION feedback_answers_forget_inserted();
--> statement-breakpoint
CREATE TRIGGER feedback_answers_forget_deleted AFTER DELETE ON feedback_answers
  REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION feedback_answers_forget_deleted();
--> statement-breakpoint
CREATE TRIGGER feedback_answers_forget_updated AFTER UPDATE ON feedback_answers
  REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION feedback_answers_forget_updated();
--> statement-breakpoint
CREATE TRIGGER feedback_answers_forget_truncated AFTER TRUNCATE ON feedback_answers
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_answers_forget_all();
