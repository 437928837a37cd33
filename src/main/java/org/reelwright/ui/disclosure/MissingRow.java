package org.reelwright.ui.disclosure;

import java.util.Comparator;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Severity;

/**
 * One thing the disclosure still lacks (a consent, a consent signed too late, commercial-use rights), as the panel
 * lists it: the estimate's flag with a title in the user's words.
 *
 * @param title what is missing, e.g. "No consent"
 * @param order the flag's place in the estimate (shots in script order, then stages)
 */
public record MissingRow(RiskFlag flag, String title, int order) {

    /** Most severe first; within a severity, the estimate's order. */
    public static final Comparator<MissingRow> MOST_SEVERE_FIRST = Comparator
            .comparing((MissingRow r) -> r.severity()).reversed().thenComparingInt(MissingRow::order);

    public FlagCode code() {
        return flag.code();
    }

    public Severity severity() {
        return flag.severity();
    }

    /** The shot, stage or production it is about, as the user names it. */
    public String subject() {
        return flag.subject();
    }

    /** The shot or stage id, for the window to go there. */
    public String subjectId() {
        return flag.subjectId();
    }

    public String message() {
        return flag.message();
    }
}
