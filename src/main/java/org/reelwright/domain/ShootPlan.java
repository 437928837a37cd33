package org.reelwright.domain;

/**
 * The shoot day by day (issue 17): cast, crew and the stripboard as the user arranged it. Grown by the shoot-day
 * work; {@link #EMPTY} is a production whose shoot has not been arranged (the automatic pass decides).
 */
public record ShootPlan() {
    public static final ShootPlan EMPTY = new ShootPlan();
}
