-- Schema version 4: the script's title page (issue 13). An imported production keeps the writer and the draft date
-- its title page names, as text the way the page writes them ("Stu Maschwitz", "December 27, 2025"). Every
-- production stored before this version named neither, so both are empty and nothing else changes.

ALTER TABLE production ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE production ADD COLUMN draft_date TEXT NOT NULL DEFAULT '';
