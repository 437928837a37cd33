package org.reelwright.estimate;

/**
 * A risk or suitability flag on a shot, a stage or the production.
 *
 * @param subject what it concerns, as the user names it ("Shot 5A", "Stage voice", "Production")
 * @param subjectId the shot id, stage id or production id, for the UI to jump to it
 * @param source the citation it rests on
 */
public record RiskFlag(FlagCode code, Severity severity, String subject, String subjectId, String message,
        String source) {
}
