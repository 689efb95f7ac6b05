-- Concerns get a level: urgent (danger now, self-harm), concern (other harm) or review (worth a
-- look, no alert). Concerns raised before levels existed keep what their categories say.
ALTER TABLE "concerns" ADD COLUMN "level" text NOT NULL DEFAULT 'concern';--> statement-breakpoint
ALTER TABLE "concerns" DISABLE TRIGGER "concerns_append_only";--> statement-breakpoint
UPDATE "concerns" SET "level" = 'urgent' WHERE "categories" ?| ARRAY['immediateDanger', 'selfHarm'];--> statement-breakpoint
ALTER TABLE "concerns" ENABLE TRIGGER "concerns_append_only";--> statement-breakpoint
ALTER TABLE "concerns" ALTER COLUMN "level" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "escalated_from" uuid;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_escalated_from_concerns_id_fk" FOREIGN KEY ("escalated_from") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_level_idx" ON "concerns" USING btree ("level","raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_escalated_from_idx" ON "concerns" USING btree ("escalated_from");
