package org.reelwright.domain;

/**
 * One shot of a scene, with the attributes the estimator reads (ESTIMATION.md, "Shot").
 * Invariants: the number is non-blank and at most 16 characters; duration is between 0.1 and 600 seconds; every
 * enum is present; text is stripped.
 */
public record Shot(ShotId id, String number, String description, ShotSize size, CameraMovement movement,
        double durationSeconds, VfxLevel vfx, ProductionMethod method, boolean realisticFaces, String notes) {

    public static final double MIN_SECONDS = 0.1;
    public static final double MAX_SECONDS = 600;

    public Shot {
        Phrase subject = Checks.subject("shot", Checks.number(number));
        Checks.required(id, subject, "id");
        number = Checks.nonBlank(number, subject, "number", 16);
        description = Checks.text(description, subject, "description", 2000);
        Checks.required(size, subject, "size");
        Checks.required(movement, subject, "movement");
        Checks.between(durationSeconds, MIN_SECONDS, MAX_SECONDS, subject, "duration", "seconds");
        Checks.required(vfx, subject, "vfx");
        Checks.required(method, subject, "method");
        notes = Checks.text(notes, subject, "notes", 4000);
    }

    /** A plain live-action shot to start a scene with; the director refines it later. */
    public static Shot starter(String number, String description, double durationSeconds) {
        return new Shot(ShotId.random(), number, description, ShotSize.WIDE, CameraMovement.STATIC, durationSeconds,
                VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true, "");
    }

    public boolean isAiGenerated() {
        return method.isAiGenerated();
    }

    public Shot withNumber(String value) {
        return new Shot(id, value, description, size, movement, durationSeconds, vfx, method, realisticFaces, notes);
    }

    public Shot withDescription(String value) {
        return new Shot(id, number, value, size, movement, durationSeconds, vfx, method, realisticFaces, notes);
    }

    public Shot withSize(ShotSize value) {
        return new Shot(id, number, description, value, movement, durationSeconds, vfx, method, realisticFaces, notes);
    }

    public Shot withMovement(CameraMovement value) {
        return new Shot(id, number, description, size, value, durationSeconds, vfx, method, realisticFaces, notes);
    }

    public Shot withDurationSeconds(double value) {
        return new Shot(id, number, description, size, movement, value, vfx, method, realisticFaces, notes);
    }

    public Shot withVfx(VfxLevel value) {
        return new Shot(id, number, description, size, movement, durationSeconds, value, method, realisticFaces, notes);
    }

    public Shot withMethod(ProductionMethod value) {
        return new Shot(id, number, description, size, movement, durationSeconds, vfx, value, realisticFaces, notes);
    }

    public Shot withRealisticFaces(boolean value) {
        return new Shot(id, number, description, size, movement, durationSeconds, vfx, method, value, notes);
    }

    public Shot withNotes(String value) {
        return new Shot(id, number, description, size, movement, durationSeconds, vfx, method, realisticFaces, value);
    }
}
