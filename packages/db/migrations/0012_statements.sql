CREATE TABLE "meeting_families" (
	"meeting_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	CONSTRAINT "meeting_families_meeting_id_family_id_pk" PRIMARY KEY("meeting_id","family_id")
);
--> statement-breakpoint
CREATE TABLE "statement_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"text" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"family_read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"content" jsonb NOT NULL,
	"meeting_id" uuid,
	"face" smallint,
	"worry" smallint,
	"worker_id" uuid,
	"idempotency_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"answer_by" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" uuid,
	"first_answered_at" timestamp with time zone,
	"shared_at" timestamp with time zone,
	"shared_by" uuid,
	"shared_meeting_id" uuid,
	CONSTRAINT "statements_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "statements_face" CHECK ("statements"."face" is null or "statements"."face" between 1 and 5),
	CONSTRAINT "statements_worry" CHECK ("statements"."worry" is null or "statements"."worry" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "concerns" DROP CONSTRAINT "concerns_source";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "statement_answer_days" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "allocated_worker_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "away_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "statement_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting_families" ADD CONSTRAINT "meeting_families_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_families" ADD CONSTRAINT "meeting_families_family_id_users_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_replies" ADD CONSTRAINT "statement_replies_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_replies" ADD CONSTRAINT "statement_replies_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_family_id_users_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_shared_meeting_id_meetings_id_fk" FOREIGN KEY ("shared_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_families_family_idx" ON "meeting_families" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "statement_replies_statement_idx" ON "statement_replies" USING btree ("statement_id","created_at");--> statement-breakpoint
CREATE INDEX "statements_family_idx" ON "statements" USING btree ("family_id","sent_at");--> statement-breakpoint
CREATE INDEX "statements_team_idx" ON "statements" USING btree ("team_id","sent_at");--> statement-breakpoint
CREATE INDEX "statements_worker_idx" ON "statements" USING btree ("worker_id","sent_at");--> statement-breakpoint
CREATE INDEX "statements_shared_meeting_idx" ON "statements" USING btree ("shared_meeting_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_allocated_worker_id_users_id_fk" FOREIGN KEY ("allocated_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_statement_idx" ON "concerns" USING btree ("statement_id");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_source" CHECK (num_nonnulls("concerns"."response_id", "concerns"."letter_receipt_id", "concerns"."statement_id") = 1);