-- Issue 16: "A letter is produced in the parent's preferred language (from the roster: add
-- preferredLanguage)". A BCP 47 tag (en, pl, ur, ...); null: English.
alter table guardians add column preferred_language text;
