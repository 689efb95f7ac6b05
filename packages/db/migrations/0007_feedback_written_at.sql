-- When the phone says the person pressed Send: answers saved offline may arrive after the code stops.
ALTER TABLE "feedback_responses" ADD COLUMN "written_at" timestamp with time zone;
