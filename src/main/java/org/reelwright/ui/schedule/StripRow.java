package org.reelwright.ui.schedule;

/**
 * One group of the strip plan — scenes shot together at one location and time of day — already worded for the
 * table.
 *
 * @param days likely shoot days of the group
 * @param range low to high shoot days
 */
public record StripRow(String location, String dayNight, String scenes, String pages, int setups, String days,
        String range) {
}
