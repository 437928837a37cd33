package org.reelwright.ui.compare;

/** What a scenario's card shows, already formatted. */
public record ScenarioCard(String title, String total, String range, String percentiles, String days,
        String flags) {
}
