package org.reelwright.ui.risks;

import java.util.Comparator;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Severity;

/**
 * One flag as the risks table shows it, with the words of the user's language around the core's message.
 *
 * @param order the flag's position in the estimate, so equal severities keep the estimate's order (shots in script
 *     order, then stages)
 * @param title the flag code's short name, e.g. "Uncanny valley"
 * @param subject what the flag concerns as the user names it ("Shot 5A (scene 5)", "Colour grading stage")
 * @param mitigation what the user can do about it, in the user's language
 */
public record FlagRow(RiskFlag flag, int order, String severityName, String title, String subject,
        String mitigation) {

    /** Most severe first; within a severity, the estimate's order. */
    public static final Comparator<FlagRow> MOST_SEVERE_FIRST = Comparator
            .comparing((FlagRow r) -> r.severity()).reversed().thenComparingInt(FlagRow::order);

    public Severity severity() {
        return flag.severity();
    }

    public String code() {
        return flag.code().id();
    }

    public String subjectId() {
        return flag.subjectId();
    }

    public String message() {
        return flag.message();
    }

    public String source() {
        return flag.source();
    }
}
