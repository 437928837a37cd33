package org.reelwright.domain;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of AI tool a stage can use; each names the stages where it makes sense. */
public enum AiToolCategory implements CodedEnum {
    SCRIPT_ASSISTANT(StageId.SCRIPT),
    IMAGE_GENERATION(StageId.STORYBOARD, StageId.PREVIS, StageId.GENERATION),
    PREVIS_GENERATOR(StageId.PREVIS, StageId.STORYBOARD),
    VIDEO_GENERATION(StageId.GENERATION, StageId.PREVIS, StageId.TRAILER),
    EDIT_ASSISTANT(StageId.EDITING, StageId.TRAILER),
    ROTO_CLEANUP(StageId.VFX),
    NOISE_REDUCTION(StageId.SOUND),
    VOICE_SYNTHESIS(StageId.VOICE),
    MUSIC_GENERATION(StageId.MUSIC),
    COLOR_MATCH(StageId.COLOR),
    TRANSCRIPTION_TRANSLATION(StageId.SUBTITLES),
    TRAILER_GENERATOR(StageId.TRAILER);

    private final Set<StageId> stages;

    AiToolCategory(StageId first, StageId... rest) {
        this.stages = Set.copyOf(EnumSet.of(first, rest));
    }

    public Set<StageId> stages() {
        return stages;
    }

    public boolean suits(StageId stage) {
        return stages.contains(stage);
    }

    /** The category a stage uses when the user has not chosen one; null for stages with no AI basis. */
    public static AiToolCategory defaultFor(StageId stage) {
        return switch (stage) {
            case SCRIPT -> SCRIPT_ASSISTANT;
            case STORYBOARD -> IMAGE_GENERATION;
            case PREVIS -> PREVIS_GENERATOR;
            case GENERATION -> VIDEO_GENERATION;
            case EDITING -> EDIT_ASSISTANT;
            case VFX -> ROTO_CLEANUP;
            case SOUND -> NOISE_REDUCTION;
            case VOICE -> VOICE_SYNTHESIS;
            case MUSIC -> MUSIC_GENERATION;
            case COLOR -> COLOR_MATCH;
            case SUBTITLES -> TRANSCRIPTION_TRANSLATION;
            case TRAILER -> TRAILER_GENERATOR;
            case CASTING, LOCATIONS, SHOOT, FESTIVALS -> null;
        };
    }

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static AiToolCategory fromId(String id) {
        return CodedEnum.parse(AiToolCategory.class, id, "aiTool");
    }
}
