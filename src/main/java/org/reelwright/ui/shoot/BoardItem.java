package org.reelwright.ui.shoot;

/**
 * One row of the stripboard, already worded for the screen: a day break heading a shoot day, or a strip (one scene
 * or scene part). Plain values only, so the board paints the same from the schedule, from a test or from a
 * measurement harness.
 */
public sealed interface BoardItem permits BoardItem.DayBreak, BoardItem.Strip {

    /** The shoot day this row belongs to, counted from 1. */
    int day();

    /**
     * The break above a shoot day's strips.
     *
     * @param title e.g. "Day 3 — Tue 12 Jan — 4 2/8 pages"
     * @param warning what is wrong with the day (over-full, a performer or location booked on a date they are not
     *     available), empty when nothing is
     */
    record DayBreak(int day, String title, String warning) implements BoardItem {
        public DayBreak {
            if (day < 1) {
                throw new IllegalArgumentException("shoot days are counted from 1: " + day);
            }
            title = title == null ? "" : title;
            warning = warning == null ? "" : warning;
        }

        public boolean flagged() {
            return !warning.isEmpty();
        }
    }

    /**
     * A strip as crews read it: scene number, the INT/EXT and D/N letters (printed as well as coloured, so a black
     * and white copy keeps them), set, a line of synopsis, pages in eighths and the cast's id numbers.
     *
     * @param id the strip's identity in the schedule (what a move names)
     * @param colour the classic colour of its interior/exterior and time of day
     * @param tooltip the strip's full words, for a heading or synopsis too long for the row
     */
    record Strip(String id, int day, String number, StripColour colour, String intExt, String dayNight,
            String heading, String synopsis, String pages, String cast, String tooltip) implements BoardItem {
        public Strip {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a strip needs an id");
            }
            if (colour == null) {
                throw new IllegalArgumentException("strip " + id + " needs a colour");
            }
            if (day < 1) {
                throw new IllegalArgumentException("shoot days are counted from 1: " + day);
            }
        }
    }
}
