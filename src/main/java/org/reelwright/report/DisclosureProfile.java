package org.reelwright.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.reelwright.domain.CodedEnum;

/**
 * What one festival, law or reviewer asks to be disclosed, as data (issue 16): its questions or requirements, each
 * answered from the register by a kind of answer, with wording in English and Simplified Chinese and the sources it
 * rests on (dated, with their address). A new festival is a new file in {@code seeds/disclosure/}, read by the
 * store's loader; no code changes.
 *
 * <p>Invariants: id, names and requirements present; every requirement names only sources the profile lists;
 * texts exist in English (other languages fall back to it).
 */
public record DisclosureProfile(String id, Map<String, String> names, Map<String, String> intro,
        List<Requirement> requirements, List<ProfileSource> sources) {

    public DisclosureProfile {
        Objects.requireNonNull(id, "id");
        names = Map.copyOf(names);
        intro = Map.copyOf(intro);
        requirements = List.copyOf(requirements);
        sources = List.copyOf(sources);
        if (!names.containsKey("en")) {
            throw new IllegalArgumentException("profile " + id + " has no English name");
        }
        List<String> known = sources.stream().map(ProfileSource::id).toList();
        for (Requirement r : requirements) {
            for (String source : r.sources()) {
                if (!known.contains(source)) {
                    throw new IllegalArgumentException("requirement " + r.id() + " of profile " + id
                            + " cites source " + source + ", which the profile does not list");
                }
            }
        }
    }

    /** The profile's name in the reader's language (English when it has none in that language). */
    public String name(Locale locale) {
        return words(names, locale);
    }

    public String intro(Locale locale) {
        return words(intro, locale);
    }

    public ProfileSource source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst().orElseThrow();
    }

    static String words(Map<String, String> texts, Locale locale) {
        String own = texts.get(locale.getLanguage());
        return own != null ? own : texts.getOrDefault("en", "");
    }

    /**
     * A question or requirement and how the register answers it.
     *
     * @param template for label answers: the wording with {0} = the AI uses, {1} = the title (may be empty)
     */
    public record Requirement(String id, Map<String, String> text, Answer answer, Map<String, String> template,
            List<String> sources) {
        public Requirement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(answer, "answer");
            text = Map.copyOf(text);
            template = Map.copyOf(template);
            sources = List.copyOf(sources);
        }

        public String text(Locale locale) {
            return words(text, locale);
        }

        public String template(Locale locale) {
            return words(template, locale);
        }
    }

    /** Where a requirement comes from: a title, its address, the date it was read, and how sure we are. */
    public record ProfileSource(String id, String title, String address, LocalDate read, String confidence) {
        public ProfileSource {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(read, "read");
        }
    }

    /** The answers the register can give; a profile picks them for its questions. */
    public enum Answer implements CodedEnum {
        /** Every AI use, by phase: pre-production, production, post. */
        USES_BY_PHASE,
        /** What people did: the human contribution written per use; everything not listed was made without AI. */
        HUMAN_WORK,
        /** Each tool with vendor, model and version, plan, and whether commercial use is allowed. */
        TOOLS,
        /** Each tool's training-data statement, or that none is known. */
        TRAINING_DATA,
        /** Who owns each tool's output, under its terms. */
        OWNERSHIP,
        /** Who prompted and who selected, per use. */
        SELECTION,
        /** How the audience is told: the label wording and where it is shown. */
        AUDIENCE,
        /** The share of the budget spent on AI stages. */
        BUDGET,
        /** The consents of the people AI touches, and what is still missing. */
        CONSENTS,
        /** The visible label's wording (credits, opening card), from the profile's template. */
        EXPLICIT_LABEL,
        /** What the file's metadata label must hold, filled in for this film. */
        IMPLICIT_LABEL,
        /** The shots that could pass as real people or events, with timecodes, and the suggested disclosure. */
        DEEPFAKE_SHOTS;

        @Override
        public String id() {
            return CodedEnum.idOf(this);
        }

        public static Answer fromId(String id) {
            return CodedEnum.parse(Answer.class, id, "answer");
        }
    }
}
