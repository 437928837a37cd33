package org.reelwright.screenplay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;

/**
 * Imports a screenplay file as a new production: the one entry point for the window and the command line.
 *
 * <p>Contract: the format is chosen by file name extension ({@link ScriptFormat}); files over {@link #MAX_BYTES} are
 * refused before anything is decoded, so memory stays bounded; the script is read, broken down
 * ({@link ScriptBreakdown}) and mapped to a {@link Production}: the title from the title page (else the file name),
 * the author and draft date the title page names,
 * the defaults of {@link Production#blank} (a drama in realistic live action), subtitle languages proposed from the
 * dialogue's writing systems when it spans more than one language ({@link DialogueLanguages}), a target runtime of one minute per
 * estimated page, and one starter shot per scene — number "scene number + A", the scene's first action line as its
 * description, a duration of a minute per page (clamped to 1–600 seconds), and realistic faces only when a character
 * is on screen in the scene (not when every character there is only heard). Every problem with the input ends as
 * a {@link ScreenplayException} whose message names the file, the line when known, and what was wrong; nothing else
 * escapes for any content. Instances are immutable and can be shared between threads.
 */
public final class ScreenplayImporter {

    /** Largest file imported ({@link InputLimits#SCREENPLAY_BYTES}): a feature script is under 1 MB in any format. */
    public static final int MAX_BYTES = (int) InputLimits.SCREENPLAY_BYTES;

    /** Starter-shot descriptions are a reminder of the scene, not the whole paragraph. */
    static final int DESCRIPTION_LENGTH = 120;

    private final PageLayout layout;

    /** An importer that estimates lengths on the standard page ({@link PageLayout#STANDARD}). */
    public ScreenplayImporter() {
        this(PageLayout.STANDARD);
    }

    public ScreenplayImporter(PageLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Reads a screenplay file, checking that it is an ordinary file and its size before reading it into memory.
     *
     * @throws ScreenplayException when the file cannot be read or imported
     */
    public ImportedScreenplay importScript(Path file, LocalDate startDate) throws ScreenplayException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        ScriptFormat.forFileName(fileName);
        byte[] content;
        try {
            content = InputLimits.readFile(file, MAX_BYTES);
        } catch (InputLimits.FileRefused e) {
            throw new ScreenplayException(fileName, e.reason() == InputLimits.FileRefused.Reason.TOO_LARGE
                    ? tooLarge(e.size()) : e.phrase());
        }
        return importScript(content, fileName, startDate);
    }

    /**
     * Imports a screenplay held in memory.
     *
     * @param content the file's bytes
     * @param fileName the file's name: it selects the format and names the file in messages
     * @param startDate the production's start date
     * @throws ScreenplayException for any problem with the content or the name
     * @throws NullPointerException if {@code content} or {@code startDate} is null (a programming error)
     */
    public ImportedScreenplay importScript(byte[] content, String fileName, LocalDate startDate)
            throws ScreenplayException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(startDate, "startDate");
        ParsedScript script = parse(content, fileName);
        ScriptBreakdown breakdown = ScriptBreakdown.of(script, layout, fileName);
        ScriptFormat format = ScriptFormat.forFileName(fileName);
        try {
            Production production = Production.blank(title(breakdown.title(), fileName), startDate)
                    .withTargetRuntimeMinutes(Math.max(0.5, Math.min(300, breakdown.estimatedPages())))
                    .withSubtitleLanguages(DialogueLanguages.propose(script))
                    .withAuthor(cut(script.author(), 200))
                    .withDraftDate(cut(script.draftDate(), 100))
                    .withScenes(scenes(breakdown));
            List<String> warnings = new ArrayList<>(breakdown.warnings());
            return new ImportedScreenplay(production, format, breakdown, warnings);
        } catch (InvalidInputException e) {
            // The breakdown keeps every value within the domain's limits; this is a safety net so that a gap in
            // that reasoning still reaches the user as a message about the file, not as a crash.
            throw new ScreenplayException(fileName, ScreenplayException.words("script.notAProduction", e.phrase()));
        }
    }

    /**
     * Reads and breaks down a screenplay without building a production, e.g. to preview its scenes and pages.
     *
     * @throws ScreenplayException for any problem with the content or the name
     */
    public ScriptBreakdown breakdown(byte[] content, String fileName) throws ScreenplayException {
        return ScriptBreakdown.of(parse(content, fileName), layout, fileName);
    }

    private ParsedScript parse(byte[] content, String fileName) throws ScreenplayException {
        Objects.requireNonNull(content, "content");
        ScriptFormat format = ScriptFormat.forFileName(fileName);
        if (content.length > MAX_BYTES) {
            throw new ScreenplayException(fileName, tooLarge(content.length));
        }
        if (isEmpty(content)) {
            throw new ScreenplayException(fileName, ScreenplayException.words("file.empty"));
        }
        ParsedScript script = switch (format) {
            case FOUNTAIN -> new FountainReader().read(ScriptTextDecoder.decode(content, fileName), fileName);
            case FDX -> new FdxReader().read(content, fileName);
        };
        return script;
    }

    static Phrase tooLarge(long size) {
        return ScreenplayException.words("file.tooLarge",
                java.math.BigDecimal.valueOf(size / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP),
                MAX_BYTES / (1024 * 1024));
    }

    /** No bytes, or only a byte-order mark and white space (in UTF-8, or in UTF-16 after its mark). */
    private static boolean isEmpty(byte[] content) {
        int from = 0;
        boolean utf16 = false;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            from = 3;
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            from = 2;
            utf16 = true;
        }
        for (int i = from; i < content.length; i++) {
            byte b = content[i];
            boolean blank = b == ' ' || b == '\t' || b == '\n' || b == '\r' || (utf16 && b == 0);
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    private static List<Scene> scenes(ScriptBreakdown breakdown) {
        List<Scene> scenes = new ArrayList<>(breakdown.scenes().size());
        for (SceneBreakdown s : breakdown.scenes()) {
            double seconds = Math.max(1, Math.min(Shot.MAX_SECONDS, s.lengthEighths() / 8.0 * 60));
            // Realistic faces only where someone is on screen: a skyline, or a scene only heard (V.O.), has none,
            // and ticking them anyway raises a false likeness risk when the shot is switched to AI.
            boolean faces = s.characters().stream().anyMatch(c -> !CharacterNames.isVoiceRole(c));
            Shot starter = Shot.starter(s.number() + "A", description(s.firstAction()), seconds)
                    .withRealisticFaces(faces);
            scenes.add(new Scene(SceneId.random(), s.number(), s.heading(), s.lengthEighths(), s.characters(), "",
                    List.of(starter)));
        }
        return scenes;
    }

    static String description(String firstAction) {
        if (firstAction.length() <= DESCRIPTION_LENGTH) {
            return firstAction;
        }
        int cut = firstAction.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        if (cut < DESCRIPTION_LENGTH / 2) {
            cut = DESCRIPTION_LENGTH - 1;
        }
        if (Character.isHighSurrogate(firstAction.charAt(cut - 1))) {
            cut--;
        }
        return firstAction.substring(0, cut).strip() + "…";
    }

    /** Title-page text cut to what the domain keeps, ending in an ellipsis when cut. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    /** The title page's title, else the file name without its extension, cut to the domain's 200 characters. */
    static String title(String fromTitlePage, String fileName) {
        String title = fromTitlePage.strip();
        if (title.isEmpty()) {
            String name = fileName == null ? "" : fileName.strip();
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            name = name.substring(slash + 1);
            int dot = name.lastIndexOf('.');
            title = (dot > 0 ? name.substring(0, dot) : name).strip();
        }
        if (title.isEmpty()) {
            title = "Untitled screenplay";
        }
        if (title.length() > 200) {
            int end = 199;
            if (Character.isHighSurrogate(title.charAt(end - 1))) {
                end--;
            }
            title = title.substring(0, end).strip() + "…";
        }
        return title;
    }
}
