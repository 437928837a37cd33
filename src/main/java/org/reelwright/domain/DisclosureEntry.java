package org.reelwright.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One AI use in the register (issue 16): what it made (a stage, and the shots it touches), whether it generated or
 * enhanced them and how much of the frame, the tool under its terms (vendor, model and version, plan or licence
 * tier, commercial use, the vendor's training-data statement and its address, who owns the output), the people who
 * prompted and selected, the human contribution in words, dates planned and done, and whether the plan still uses it.
 *
 * <p>Invariants: contribution is enhanced or generated (an entry is an AI use); frame share in [0, 1]; a shot entry
 * lists its own shot; texts stripped and bounded (names 200, versions 100, addresses 500, terms 2,000, the human
 * contribution 4,000 characters); dates, when given, between {@link Production#EARLIEST_DATE} and
 * {@link Production#LATEST_DATE}. The plan fills key, shots, contribution, frame share and the planned date; the
 * rest is the director's, and no plan change ever touches it ({@code inPlan} only says whether the plan still
 * uses it).
 */
public record DisclosureEntry(AiUseKey key, List<ShotId> shots, AiContribution contribution, double frameShare,
        Likeness likeness, String tool, String vendor, String model, String modelVersion, String licenceTier,
        CommercialUse commercialUse, boolean trainingDataKnown, String trainingDataAddress, String outputOwnership,
        String promptedBy, String selectedBy, String humanContribution, LocalDate plannedOn, LocalDate doneOn,
        boolean inPlan) {

    public DisclosureEntry {
        Phrase subject = Checks.subject("aiUse", key == null ? Checks.phrase("subject.noStage") : key.stage().id());
        Checks.required(key, subject, "key");
        shots = Checks.list(shots, subject, "shots");
        if (key.isShot() && !shots.contains(key.shot())) {
            throw Checks.fail(subject, "shots", "disclosure.shotEntryWithoutShot");
        }
        Checks.required(contribution, subject, "aiContribution");
        if (contribution == AiContribution.NONE) {
            throw Checks.fail(subject, "aiContribution", "disclosure.noContribution");
        }
        Checks.between(frameShare, 0, 1, subject, "frameShare", "");
        likeness = likeness == null ? Likeness.UNKNOWN : likeness;
        tool = Checks.text(tool, subject, "tool", 200);
        vendor = Checks.text(vendor, subject, "vendor", 200);
        model = Checks.text(model, subject, "model", 200);
        modelVersion = Checks.text(modelVersion, subject, "modelVersion", 100);
        licenceTier = Checks.text(licenceTier, subject, "licenceTier", 200);
        commercialUse = commercialUse == null ? CommercialUse.UNKNOWN : commercialUse;
        trainingDataAddress = Checks.text(trainingDataAddress, subject, "trainingDataAddress", 500);
        outputOwnership = Checks.text(outputOwnership, subject, "outputOwnership", 2000);
        promptedBy = Checks.text(promptedBy, subject, "promptedBy", 200);
        selectedBy = Checks.text(selectedBy, subject, "selectedBy", 200);
        humanContribution = Checks.text(humanContribution, subject, "humanContribution", 4000);
        Checks.date(plannedOn, subject, "plannedOn");
        Checks.date(doneOn, subject, "doneOn");
    }

    /** An entry as the plan makes it: nothing the director writes is filled in yet. */
    public static DisclosureEntry planned(AiUseKey key, List<ShotId> shots, AiContribution contribution,
            double frameShare, LocalDate plannedOn) {
        return new DisclosureEntry(key, shots, contribution, frameShare, Likeness.UNKNOWN, "", "", "", "", "",
                CommercialUse.UNKNOWN, false, "", "", "", "", "", plannedOn, null, true);
    }

    public StageId stage() {
        return key.stage();
    }

    /** True when the director has written or chosen anything the plan does not make. */
    public boolean hasDirectorsText() {
        return likeness != Likeness.UNKNOWN || !tool.isEmpty() || !vendor.isEmpty() || !model.isEmpty()
                || !modelVersion.isEmpty() || !licenceTier.isEmpty() || commercialUse != CommercialUse.UNKNOWN
                || trainingDataKnown || !trainingDataAddress.isEmpty() || !outputOwnership.isEmpty()
                || !promptedBy.isEmpty() || !selectedBy.isEmpty() || !humanContribution.isEmpty() || doneOn != null;
    }

    /** The plan's side of this entry again (shots, contribution, frame share, planned date, in use): text kept. */
    public DisclosureEntry withPlan(List<ShotId> shotsValue, AiContribution contributionValue, double frameShareValue,
            LocalDate plannedOnValue, boolean inPlanValue) {
        return new DisclosureEntry(key, shotsValue, contributionValue, frameShareValue, likeness, tool, vendor, model,
                modelVersion, licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership,
                promptedBy, selectedBy, humanContribution, plannedOnValue, doneOn, inPlanValue);
    }

    /** This entry marked as no longer used by the plan; everything written stays. */
    public DisclosureEntry unused() {
        return inPlan ? withInPlan(false) : this;
    }

    public DisclosureEntry withInPlan(boolean value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, value);
    }

    public DisclosureEntry withContribution(AiContribution value) {
        return new DisclosureEntry(key, shots, value, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withFrameShare(double value) {
        return new DisclosureEntry(key, shots, contribution, value, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withLikeness(Likeness value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, value, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withTool(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, value, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withVendor(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, value, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withModel(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, value, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withModelVersion(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, value,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withLicenceTier(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                value, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withCommercialUse(CommercialUse value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, value, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    /** The vendor's training-data statement: whether one is known, and where it is published (may be empty). */
    public DisclosureEntry withTrainingData(boolean known, String address) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, known, address, outputOwnership, promptedBy, selectedBy,
                humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withOutputOwnership(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, value, promptedBy, selectedBy,
                humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withPromptedBy(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, value,
                selectedBy, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withSelectedBy(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                value, humanContribution, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withHumanContribution(String value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, value, plannedOn, doneOn, inPlan);
    }

    public DisclosureEntry withPlannedOn(LocalDate value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, value, doneOn, inPlan);
    }

    public DisclosureEntry withDoneOn(LocalDate value) {
        return new DisclosureEntry(key, shots, contribution, frameShare, likeness, tool, vendor, model, modelVersion,
                licenceTier, commercialUse, trainingDataKnown, trainingDataAddress, outputOwnership, promptedBy,
                selectedBy, humanContribution, plannedOn, value, inPlan);
    }
}
