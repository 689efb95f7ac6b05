CREATE TABLE "concern_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reason" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledge_by" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"concern_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "feedback_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"tip_version_id" uuid NOT NULL,
	"answer" smallint NOT NULL,
	"team_id" uuid NOT NULL,
	"meeting_type" text NOT NULL,
	"respondent_kind" text NOT NULL,
	"month" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"tip_version_id" uuid NOT NULL,
	"respondent_kind" text NOT NULL,
	"age_band" text,
	"language" text NOT NULL,
	"free_text" text,
	"contact_requested" boolean DEFAULT false NOT NULL,
	"contact_method" text,
	"contact_detail" text,
	"idempotency_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_responses_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "meeting_workers" (
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "meeting_workers_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"held_on" date NOT NULL,
	"team_id" uuid NOT NULL,
	"tip_version_id" uuid NOT NULL,
	"case_reference" text,
	"feedback_code" text NOT NULL,
	"code_expires_at" timestamp with time zone NOT NULL,
	"code_closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_feedback_code_unique" UNIQUE("feedback_code")
);
--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_response_id_feedback_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_response_id_feedback_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_tip_version_id_tip_versions_id_fk" FOREIGN KEY ("tip_version_id") REFERENCES "public"."tip_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_tip_version_id_tip_versions_id_fk" FOREIGN KEY ("tip_version_id") REFERENCES "public"."tip_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workers" ADD CONSTRAINT "meeting_workers_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workers" ADD CONSTRAINT "meeting_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tip_version_id_tip_versions_id_fk" FOREIGN KEY ("tip_version_id") REFERENCES "public"."tip_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_events_concern_idx" ON "concern_events" USING btree ("concern_id","at");--> statement-breakpoint
CREATE INDEX "concerns_raised_idx" ON "concerns" USING btree ("raised_at");--> statement-breakpoint
CREATE INDEX "concerns_team_idx" ON "concerns" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("sent_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_concern_idx" ON "mail_outbox" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "feedback_answers_summary_idx" ON "feedback_answers" USING btree ("tip_version_id","month","team_id","tip_id","answer");--> statement-breakpoint
CREATE INDEX "feedback_answers_response_idx" ON "feedback_answers" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "feedback_responses_meeting_idx" ON "feedback_responses" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_workers_user_idx" ON "meeting_workers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meetings_team_idx" ON "meetings" USING btree ("team_id","held_on");--> statement-breakpoint
CREATE INDEX "meetings_created_by_idx" ON "meetings" USING btree ("created_by");