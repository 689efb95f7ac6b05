-- Child-friendly letters: templates, the glossary, letters with their versions, addressees,
-- review history, reads, receipts and follow-ups. Concerns may now come from a letter receipt.
CREATE TABLE "letter_addressees" (
	"letter_id" uuid PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"comment" text,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"language" text NOT NULL,
	"term" text NOT NULL,
	"swap" text NOT NULL,
	"forms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "letter_reads" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"reply" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_receipts_version_id_unique" UNIQUE("version_id")
);
--> statement-breakpoint
CREATE TABLE "letter_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"receipt_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"kind" text PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "letter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"reading_age" real,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "letter_versions_number" UNIQUE("letter_id","number")
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"meeting_id" uuid,
	"from_family_id" uuid,
	"team_id" uuid NOT NULL,
	"writer_id" uuid NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reviewer_id" uuid,
	"due_on" date,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_sent_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	CONSTRAINT "letters_source" CHECK ("letters"."meeting_id" is not null or "letters"."from_family_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "concerns" ALTER COLUMN "response_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ALTER COLUMN "meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "letters_named_reviewer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "letter_receipt_id" uuid;--> statement-breakpoint
ALTER TABLE "letter_addressees" ADD CONSTRAINT "letter_addressees_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_addressees" ADD CONSTRAINT "letter_addressees_family_id_users_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_version_id_letter_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."letter_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_glossary_terms" ADD CONSTRAINT "letter_glossary_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_reads" ADD CONSTRAINT "letter_reads_version_id_letter_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."letter_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_reads" ADD CONSTRAINT "letter_reads_family_id_users_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD CONSTRAINT "letter_receipts_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD CONSTRAINT "letter_receipts_version_id_letter_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."letter_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD CONSTRAINT "letter_receipts_family_id_users_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_tasks" ADD CONSTRAINT "letter_tasks_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_tasks" ADD CONSTRAINT "letter_tasks_receipt_id_letter_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."letter_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_tasks" ADD CONSTRAINT "letter_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_tasks" ADD CONSTRAINT "letter_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_from_family_id_users_id_fk" FOREIGN KEY ("from_family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_writer_id_users_id_fk" FOREIGN KEY ("writer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_addressees_family_idx" ON "letter_addressees" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "letter_events_letter_idx" ON "letter_events" USING btree ("letter_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_glossary_terms_term_idx" ON "letter_glossary_terms" USING btree ("language",lower("term"));--> statement-breakpoint
CREATE INDEX "letter_receipts_letter_idx" ON "letter_receipts" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letter_tasks_assignee_idx" ON "letter_tasks" USING btree ("assignee_id","done_at");--> statement-breakpoint
CREATE INDEX "letters_team_idx" ON "letters" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "letters_writer_idx" ON "letters" USING btree ("writer_id","updated_at");--> statement-breakpoint
CREATE INDEX "letters_reviewer_idx" ON "letters" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "letters_meeting_idx" ON "letters" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_letter_receipt_id_letter_receipts_id_fk" FOREIGN KEY ("letter_receipt_id") REFERENCES "public"."letter_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_letter_receipt_idx" ON "concerns" USING btree ("letter_receipt_id");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_source" CHECK (("concerns"."response_id" is null) <> ("concerns"."letter_receipt_id" is null));--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_response_meeting" CHECK ("concerns"."response_id" is null or "concerns"."meeting_id" is not null);--> statement-breakpoint
-- The review history and the family's answers are evidence: never edited or deleted.
CREATE TRIGGER letter_events_append_only BEFORE UPDATE OR DELETE ON letter_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER letter_receipts_append_only BEFORE UPDATE OR DELETE ON letter_receipts
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- A version that has been sent never changes: a correction is a new version.
CREATE OR REPLACE FUNCTION refuse_change_to_sent_letter_version() RETURNS trigger AS $$
BEGIN
  IF OLD.sent_at IS NOT NULL THEN
    RAISE EXCEPTION 'a sent letter version never changes';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER letter_versions_sent_unchanged BEFORE UPDATE OR DELETE ON letter_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_sent_letter_version();
