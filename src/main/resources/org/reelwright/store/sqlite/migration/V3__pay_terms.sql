-- Schema version 3: pay terms (issue 12). A production's pay model is a preset id; every production stored before
-- this version was priced with everyone paid, so it becomes 'all-paid' and its figures do not change. A stage's own
-- pay terms are one nullable column per pay category (crew, cast, location, equipment): NULL follows the production's
-- pay model, else 'paid', 'deferred' or 'in-kind'. Columns, not a child table: four fixed categories, always read and
-- written with their stage plan, so a change of terms stays one stage_plan row.

ALTER TABLE production ADD COLUMN pay_model TEXT NOT NULL DEFAULT 'all-paid';

ALTER TABLE stage_plan ADD COLUMN pay_crew TEXT;
ALTER TABLE stage_plan ADD COLUMN pay_cast TEXT;
ALTER TABLE stage_plan ADD COLUMN pay_location TEXT;
ALTER TABLE stage_plan ADD COLUMN pay_equipment TEXT;
