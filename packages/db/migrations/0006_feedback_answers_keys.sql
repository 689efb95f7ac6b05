-- Storing feedback is the busiest write in Heard and each answer row pays for every key and
-- index ten times per response. An answer is identified by its response and tip (no id of its
-- own, which also serves lookups by response); the tip is checked together with its version;
-- the copied team and version have no keys of their own (the response's meeting holds the truth).
ALTER TABLE "tips" ADD CONSTRAINT "tips_id_version" UNIQUE("id","version_id");--> statement-breakpoint
ALTER TABLE "feedback_answers" DROP CONSTRAINT "feedback_answers_tip_id_tips_id_fk";--> statement-breakpoint
ALTER TABLE "feedback_answers" DROP CONSTRAINT "feedback_answers_tip_version_id_tip_versions_id_fk";--> statement-breakpoint
ALTER TABLE "feedback_answers" DROP CONSTRAINT "feedback_answers_team_id_teams_id_fk";--> statement-breakpoint
DROP INDEX "feedback_answers_response_idx";--> statement-breakpoint
ALTER TABLE "feedback_answers" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_pkey" PRIMARY KEY("response_id","tip_id");--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_tip_fk" FOREIGN KEY ("tip_id","tip_version_id") REFERENCES "public"."tips"("id","version_id") ON DELETE no action ON UPDATE no action;
