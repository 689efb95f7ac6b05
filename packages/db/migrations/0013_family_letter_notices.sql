ALTER TABLE "users" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_letter_notices" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_letter_notices_email" CHECK (not "users"."email_letter_notices" or "users"."contact_email" is not null);