CREATE TABLE "feedback_answer_tallies" (
	"tip_version_id" uuid NOT NULL,
	"month" date NOT NULL,
	"team_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"meeting_type" text NOT NULL,
	"respondent_kind" text NOT NULL,
	"yes" integer NOT NULL,
	"a_bit" integer NOT NULL,
	"no" integer NOT NULL,
	"skipped" integer NOT NULL,
	CONSTRAINT "feedback_answer_tallies_pk" PRIMARY KEY("tip_version_id","month","team_id","tip_id","meeting_type","respondent_kind")
);
--> statement-breakpoint
CREATE TABLE "feedback_answer_totals" (
	"tip_version_id" uuid NOT NULL,
	"month" date NOT NULL,
	"team_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"yes" integer NOT NULL,
	"a_bit" integer NOT NULL,
	"no" integer NOT NULL,
	"skipped" integer NOT NULL,
	CONSTRAINT "feedback_answer_totals_pk" PRIMARY KEY("tip_version_id","month","team_id","tip_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_tallied_months" (
	"month" date PRIMARY KEY NOT NULL,
	"tallied_at" timestamp with time zone DEFAULT now() NOT NULL
);
