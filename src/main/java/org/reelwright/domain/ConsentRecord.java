package org.reelwright.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's consent to AI use of their likeness or voice: who, what it allows (scope), in which media and
 * territories, when it was signed and where the signed document is, and what it covers — the shots whose picture AI
 * makes or changes with their face, and the AI voice work when {@code voice} is set. Insurers want it signed before
 * any AI processing (AIFilmSafe's performer consent package, research/disclosure.md), so the date matters.
 *
 * <p>Invariants: person non-blank (200 characters); scope 2,000, media and territories 500, document reference 500
 * characters; the date, when given, between {@link Production#EARLIEST_DATE} and {@link Production#LATEST_DATE};
 * no shot twice. An unsigned record (no date) is a consent asked for, not given.
 */
public record ConsentRecord(ConsentId id, String person, String scope, String media, String territories,
        LocalDate signedOn, String documentReference, List<ShotId> shots, boolean voice) {

    public ConsentRecord {
        Phrase subject = Checks.subject("consent", Checks.number(person));
        Checks.required(id, subject, "id");
        person = Checks.nonBlank(person, subject, "person", 200);
        scope = Checks.text(scope, subject, "scope", 2000);
        media = Checks.text(media, subject, "media", 500);
        territories = Checks.text(territories, subject, "territories", 500);
        Checks.date(signedOn, subject, "signedOn");
        documentReference = Checks.text(documentReference, subject, "documentReference", 500);
        shots = Checks.list(shots, subject, "shots");
        if (shots.stream().distinct().count() != shots.size()) {
            throw Checks.fail(subject, "shots", "consent.shotTwice");
        }
    }

    /** A new, unsigned consent for a person, covering nothing yet. */
    public static ConsentRecord of(String person) {
        return new ConsentRecord(ConsentId.random(), person, "", "", "", null, "", List.of(), false);
    }

    public boolean isSigned() {
        return signedOn != null;
    }

    public boolean covers(ShotId shot) {
        return shots.contains(shot);
    }

    public ConsentRecord withPerson(String value) {
        return new ConsentRecord(id, value, scope, media, territories, signedOn, documentReference, shots, voice);
    }

    public ConsentRecord withScope(String value) {
        return new ConsentRecord(id, person, value, media, territories, signedOn, documentReference, shots, voice);
    }

    public ConsentRecord withMedia(String value) {
        return new ConsentRecord(id, person, scope, value, territories, signedOn, documentReference, shots, voice);
    }

    public ConsentRecord withTerritories(String value) {
        return new ConsentRecord(id, person, scope, media, value, signedOn, documentReference, shots, voice);
    }

    public ConsentRecord withSignedOn(LocalDate value) {
        return new ConsentRecord(id, person, scope, media, territories, value, documentReference, shots, voice);
    }

    public ConsentRecord withDocumentReference(String value) {
        return new ConsentRecord(id, person, scope, media, territories, signedOn, value, shots, voice);
    }

    public ConsentRecord withShots(List<ShotId> value) {
        return new ConsentRecord(id, person, scope, media, territories, signedOn, documentReference, value, voice);
    }

    public ConsentRecord withVoice(boolean value) {
        return new ConsentRecord(id, person, scope, media, territories, signedOn, documentReference, shots, value);
    }
}
