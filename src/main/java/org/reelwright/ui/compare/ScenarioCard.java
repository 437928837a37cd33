package org.reelwright.ui.compare;

/**
 * What a scenario's card shows, already formatted.
 *
 * @param cash under the expected budget: the cash needed (P50) with deferred and in-kind value when some pay is
 *     deferred or in kind, else one brief line saying all of it is cash
 */
public record ScenarioCard(String title, String total, String cash, String range, String percentiles, String days,
        String flags) {
}
