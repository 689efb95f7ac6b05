-- One job queue for background work (mail first); the kinds and their policies live in @heard/api.
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"done_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_kind_dedupe_key_idx" ON "jobs" USING btree ("kind","dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."done_at" is null and "jobs"."failed_at" is null;--> statement-breakpoint
-- Mail still waiting when this runs was sent by the old outbox poller; it now goes through the
-- queue, so each unsent message gets its delivery job (due when the outbox said, attempts kept).
INSERT INTO "jobs" ("kind", "payload", "dedupe_key", "run_at", "attempts", "created_at")
SELECT 'mail.deliver', jsonb_build_object('outboxId', "id"), "id"::text, "next_attempt_at", "attempts", "created_at"
FROM "mail_outbox" WHERE "sent_at" IS NULL;
