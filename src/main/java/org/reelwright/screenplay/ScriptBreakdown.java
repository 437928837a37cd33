package org.reelwright.screenplay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.TimeOfDay;

/**
 * A script broken down into scenes: number, interior/exterior, location, time of day, speaking characters and length
 * in eighths of a page, plus the estimated page count of the whole script (title page excluded).
 *
 * <p>Rules (ADR 0003 gives the reasons):
 * <ul>
 * <li>A scene runs from its heading to the next heading. Text before the first heading (a {@code FADE IN:}, an
 * epigraph) belongs to no scene; its share of the pages is {@link #preambleEighths()}, and a warning says what was
 * left out (and whose lines) unless it is only transitions. A script with no headings at
 * all becomes one scene, numbered 1, at {@value SceneHeadingParser#UNKNOWN_LOCATION}.</li>
 * <li>Numbers come from the file ({@code #12A#}, Final Draft's {@code Number}) when usable and unique; other scenes
 * are numbered by their position in the script (skipping numbers the file already gave to other scenes).</li>
 * <li>Lengths the file states are used as they are. The others come from the page model: each part's exact share
 * of lines is rounded to eighths so that, when no scene states its length,
 * {@code preambleEighths + sum of scene lengths == estimatedPageEighths}; every scene gets at least 1/8. The
 * script's length is always that sum, so stated lengths count as stated (an FDX whose scenes say 27/8 is 3 3/8
 * pages long, whatever the page model would make of its text).</li>
 * </ul>
 */
public record ScriptBreakdown(String title, List<SceneBreakdown> scenes, int preambleEighths,
        int estimatedPageEighths, List<String> warnings) {

    /** More scene headings than this means the file is not a screenplay (features have about 200). */
    public static final int MAX_SCENES = InputLimits.SCREENPLAY_SCENES;

    /** Names a warning lists before it ends in "…". */
    static final int WARNING_NAMES = 10;

    public ScriptBreakdown {
        Objects.requireNonNull(title, "title");
        scenes = List.copyOf(scenes);
        warnings = List.copyOf(warnings);
        if (preambleEighths < 0 || estimatedPageEighths < 0) {
            throw new IllegalArgumentException("page counts cannot be negative");
        }
    }

    /** The estimated page count, e.g. 119.375 for 119 3/8 pages. */
    public double estimatedPages() {
        return estimatedPageEighths / 8.0;
    }

    public int sceneEighths() {
        return scenes.stream().mapToInt(SceneBreakdown::lengthEighths).sum();
    }

    /**
     * Breaks a parsed script down.
     *
     * @throws ScreenplayException when the script has no printing text, more than {@link #MAX_SCENES} scenes, or a
     *         scene longer than a scene can be ({@link Scene#MAX_EIGHTHS} eighths)
     */
    public static ScriptBreakdown of(ParsedScript script, PageLayout layout, String fileName)
            throws ScreenplayException {
        return new Builder(script, layout, fileName).build();
    }

    /** The work of one breakdown. */
    private static final class Builder {
        private final ParsedScript script;
        private final PageLayout layout;
        private final String fileName;
        private final List<String> warnings;

        Builder(ParsedScript script, PageLayout layout, String fileName) {
            this.script = script;
            this.layout = layout;
            this.fileName = fileName;
            this.warnings = new ArrayList<>(script.warnings());
        }

        ScriptBreakdown build() throws ScreenplayException {
            List<ScriptElement> elements = script.elements();
            if (elements.stream().noneMatch(e -> e.kind() == ElementKind.SCENE_HEADING || !e.text().isBlank())) {
                throw new ScreenplayException(fileName, ScreenplayException.words(script.title().isEmpty() ? "script.noText"
                        : "script.onlyTitlePage"));
            }
            List<Integer> headings = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).kind() == ElementKind.SCENE_HEADING) {
                    headings.add(i);
                }
            }
            if (headings.size() > MAX_SCENES) {
                throw new ScreenplayException(fileName, ScreenplayException.words("script.tooManyScenes", headings.size(),
                        MAX_SCENES));
            }
            boolean noHeadings = headings.isEmpty();
            if (noHeadings) {
                warnings.add(ScreenplayException.warning("warning.noHeadings", SceneHeadingParser.UNKNOWN_LOCATION));
                headings.add(0);
            } else {
                warnAboutPreamble(elements, headings.get(0));
            }
            PageModel.Measure measure = new PageModel(layout).measure(elements);
            int parts = headings.size() + 1;
            double[] exact = new double[parts];
            boolean[] atLeastOne = new boolean[parts];
            int l = layout.linesPerPage();
            long printedLines = 0;
            for (int p = 0; p < parts; p++) {
                int from = p == 0 ? 0 : headings.get(p - 1);
                int to = p == 0 ? headings.get(0) : p < headings.size() ? headings.get(p) : elements.size();
                long lines = 0;
                for (int i = from; i < to; i++) {
                    lines += measure.charged()[i];
                }
                printedLines += lines;
                exact[p] = lines * 8.0 / l;
                atLeastOne[p] = p > 0;
            }
            int total = (int) Math.min(Integer.MAX_VALUE,
                    Math.max(Math.round(printedLines * 8.0 / l), headings.size()));
            int[] eighths = EighthsRounding.allocate(exact, atLeastOne, total);

            List<SceneBreakdown> scenes = new ArrayList<>();
            List<String> numbers = numbers(elements, headings, noHeadings);
            for (int s = 0; s < headings.size(); s++) {
                int from = headings.get(s);
                int to = s + 1 < headings.size() ? headings.get(s + 1) : elements.size();
                SceneBreakdown scene = scene(elements, from, to, noHeadings, numbers.get(s), eighths[s + 1],
                        measure.startLine()[from] / l + 1);
                scenes.add(scene);
            }
            // The script's length is what its parts add up to, so a file that states its scenes' lengths (Final
            // Draft) is as long as it says, not as long as the page model guesses; unstated parts keep the model's
            // share, and with no stated length at all this is the model's own total.
            long sum = eighths[0];
            for (SceneBreakdown scene : scenes) {
                sum += scene.lengthEighths();
            }
            int pages = (int) Math.min(Integer.MAX_VALUE, sum);
            return new ScriptBreakdown(script.title(), scenes, eighths[0], pages, warnings);
        }

        private SceneBreakdown scene(List<ScriptElement> elements, int from, int to, boolean synthetic,
                String number, int estimatedEighths, long estimatedPage) throws ScreenplayException {
            ScriptElement first = elements.get(from);
            SceneHeading heading;
            String headingText;
            StoredSceneProperties stored = StoredSceneProperties.NONE;
            int headingLine = first.line();
            if (synthetic) {
                heading = new SceneHeading(IntExt.NONE, SceneHeadingParser.UNKNOWN_LOCATION, TimeOfDay.UNSPECIFIED);
                headingText = "";
            } else {
                SceneHeadingParser.Result parsed = SceneHeadingParser.parse(first.text());
                heading = parsed.heading();
                headingText = first.text().strip();
                stored = first.stored();
                if (parsed.locationCut()) {
                    warnings.add(where(headingLine) + ScreenplayException.warning("warning.locationCut",
                            SceneHeadingParser.MAX_LOCATION));
                }
            }
            int length = stored.lengthEighths().orElse(estimatedEighths);
            if (length > Scene.MAX_EIGHTHS) {
                throw new ScreenplayException(fileName, headingLine, ScreenplayException.words("script.sceneTooLong", number,
                        PageLength.format(length), Scene.MAX_EIGHTHS / 8));
            }
            int page = stored.page().orElse((int) Math.min(Integer.MAX_VALUE, estimatedPage));
            // Keyed by the upper-cased name, so McCLANE and MCCLANE are one character, spelled as first cued.
            Map<String, String> characters = new java.util.LinkedHashMap<>();
            // A character whose every cue in the scene is heard, not seen (V.O., O.S., phone…), and whom no action
            // line of the scene names, keeps that mark on the name, so the estimate counts a voice role there and
            // no performer on set. A narrator who also walks through the scene is named in the action: on set.
            Map<String, String> voiceMarks = new java.util.HashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            StringBuilder action = new StringBuilder();
            String firstAction = "";
            for (int i = synthetic ? from : from + 1; i < to; i++) {
                ScriptElement e = elements.get(i);
                if (e.kind() == ElementKind.CHARACTER) {
                    Optional<CharacterNames.Name> name = CharacterNames.fromCue(e.text());
                    if (name.isPresent() && characters.putIfAbsent(name.get().value().toUpperCase(Locale.ROOT),
                            name.get().value()) == null && name.get().cut()) {
                        warnings.add(where(e.line()) + ScreenplayException.warning("warning.characterCut",
                                CharacterNames.MAX_LENGTH));
                    }
                    if (name.isPresent()) {
                        Optional<String> mark = CharacterNames.voiceMark(e.text());
                        String key = name.get().value().toUpperCase(Locale.ROOT);
                        if (seen.add(key)) {
                            mark.ifPresent(m -> voiceMarks.put(key, m));
                        } else if (mark.isEmpty()) {
                            voiceMarks.remove(key); // seen on screen at least once in this scene
                        }
                    }
                } else if (e.kind() == ElementKind.ACTION) {
                    if (firstAction.isEmpty() && !e.text().isBlank()) {
                        firstAction = firstLine(e.text());
                    }
                    action.append(e.text().toUpperCase(Locale.ROOT)).append('\n');
                }
            }
            String actionText = action.toString();
            List<String> named = characters.entrySet().stream().map(c -> CharacterNames.withVoiceMark(c.getValue(),
                    actionText.contains(c.getKey()) ? null : voiceMarks.get(c.getKey()))).toList();
            return new SceneBreakdown(number, heading, headingText, named, length,
                    stored.lengthEighths().isPresent(), Math.max(1, page), firstAction, headingLine);
        }

        /**
         * Text before the first heading belongs to no scene, so the breakdown leaves it out; say so, naming the
         * speakers whose lines are lost to the cast, unless it is only a transition or the customary
         * {@code FADE IN:} (which Fountain reads as action, as it does not end in {@code TO:}).
         */
        private void warnAboutPreamble(List<ScriptElement> elements, int firstHeading) {
            Set<String> speakers = new LinkedHashSet<>();
            int firstLine = -1;
            for (int i = 0; i < firstHeading; i++) {
                ScriptElement e = elements.get(i);
                if (e.kind() == ElementKind.TRANSITION || e.kind() == ElementKind.PAGE_BREAK || e.text().isBlank()
                        || e.text().strip().matches("(?i)fade in[:.]?")) {
                    continue;
                }
                if (firstLine < 0) {
                    firstLine = e.line();
                }
                if (e.kind() == ElementKind.CHARACTER) {
                    CharacterNames.fromCue(e.text()).ifPresent(n -> speakers.add(n.value()));
                }
            }
            if (firstLine < 0) {
                return;
            }
            warnings.add(where(firstLine) + (speakers.isEmpty()
                    ? ScreenplayException.warning("warning.textBeforeFirstHeading")
                    : ScreenplayException.warning("warning.speechBeforeFirstHeading", names(speakers))));
        }

        /** File numbers where usable and unique; the scene's position otherwise, avoiding numbers already used. */
        private List<String> numbers(List<ScriptElement> elements, List<Integer> headings, boolean synthetic) {
            List<String> numbers = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (int h : headings) {
                String number = synthetic ? "" : elements.get(h).sceneNumber();
                if (!number.isEmpty() && !used.add(key(number))) {
                    warnings.add(where(elements.get(h).line()) + ScreenplayException.warning("warning.numberTwice",
                            number));
                    number = "";
                }
                numbers.add(number);
            }
            for (int s = 0; s < numbers.size(); s++) {
                if (numbers.get(s).isEmpty()) {
                    String candidate = Integer.toString(s + 1);
                    for (int k = 0; used.contains(key(candidate)); k++) {
                        candidate = k < 26 ? (s + 1) + String.valueOf((char) ('A' + k))
                                : Integer.toString(headings.size() + k);
                    }
                    used.add(key(candidate));
                    numbers.set(s, candidate);
                }
            }
            return numbers;
        }

        private static String key(String number) {
            return number.toUpperCase(Locale.ROOT);
        }

        private static String firstLine(String text) {
            String trimmed = text.strip();
            int newline = trimmed.indexOf('\n');
            return (newline < 0 ? trimmed : trimmed.substring(0, newline)).replaceAll("\\s+", " ").strip();
        }

        /** Names for a warning: the first few, then "…", so a script of thousands of speakers makes a short line. */
        private static String names(Set<String> names) {
            List<String> shown = names.stream().limit(WARNING_NAMES).map(InputLimits::quote).toList();
            return String.join(", ", shown) + (names.size() > WARNING_NAMES ? ", …" : "");
        }

        private static String where(int line) {
            return line > 0 ? ScreenplayException.warning("warning.line", line) : "";
        }
    }
}
