CREATE TABLE "bulletin_readers" (
	"bulletin_id" uuid NOT NULL,
	"reader_key" text NOT NULL,
	"read_on" date NOT NULL,
	CONSTRAINT "bulletin_readers_bulletin_id_read_on_reader_key_pk" PRIMARY KEY("bulletin_id","read_on","reader_key")
);
--> statement-breakpoint
ALTER TABLE "bulletin_readers" ADD CONSTRAINT "bulletin_readers_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;