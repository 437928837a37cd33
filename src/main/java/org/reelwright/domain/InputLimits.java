package org.reelwright.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one input budget of every reader: project files (JSON), screenplays (Fountain, FDX), shot lists (CSV) and the
 * benchmark library. Each file is checked before it is read: only an ordinary file is opened (a folder, a device such
 * as a link to {@code /dev/zero}, or a named pipe is refused at once, so nothing blocks or reads without end), and its
 * size is checked against its kind's limit before a byte is read; then at most that many bytes are read even if the
 * file grows meanwhile. Inside a file, lists and texts are bounded as well, so memory stays within a few hundred MB
 * whatever the input. The README's "Input limits" section lists the same figures; messages name the limit hit.
 *
 * <p>It lives in the domain because every reader needs it, the pure core's screenplay reader included, and the
 * domain depends on nothing but the JDK.
 */
public final class InputLimits {
    private InputLimits() {
    }

    private static final long MB = 1024 * 1024;

    /** A project file: 10,000 shots with every text field full take about 60 MB; a typical one is 1-5 MB. */
    public static final long PROJECT_FILE_BYTES = 64 * MB;
    /** A screenplay: a feature-length script is well under 1 MB in any format. */
    public static final long SCREENPLAY_BYTES = 10 * MB;
    /** A shot-list CSV: 100,000 rows of ordinary length. */
    public static final long SHOT_LIST_BYTES = 10 * MB;
    /** The benchmark library (the bundled one is about 100 KB). */
    public static final long BENCHMARK_LIBRARY_BYTES = 16 * MB;

    /** Scenes of a production in a project file (what {@code generate} can make; 15 MB of bare scenes). */
    public static final int SCENES = 100_000;
    /** Scene headings of a screenplay: a feature has about 200. */
    public static final int SCREENPLAY_SCENES = 10_000;
    /** Shots of a production in a project file (all scenes together), and rows of a shot-list CSV. */
    public static final int SHOTS = 100_000;
    /** Holidays of a production: a day off for every day of 27 years. */
    public static final int HOLIDAYS = 10_000;
    /** Dubbing or subtitle languages of a production, each list. */
    public static final int LANGUAGES = 200;
    /** Rate overrides of one stage (the bundled library has fewer than 200 benchmarks). */
    public static final int RATE_OVERRIDES = 1_000;
    /** Performers, crew members, locations or shoot days of a production's shoot plan, each list. */
    public static final int SHOOT_PLAN_ENTRIES = 2_000;
    /** Any other list or set of named values in a file: characters of a scene, exchange rates, dependencies… */
    public static final int LIST_ENTRIES = 10_000;
    /** Characters of any one text value in a JSON file; the longest field the domain keeps is 4,000. */
    public static final int TEXT_CHARS = 100_000;
    /** Characters of a field name in a JSON file. */
    public static final int NAME_CHARS = 1_000;
    /** Digits (and sign, point, exponent) of any one number in a JSON file. */
    public static final int NUMBER_CHARS = 100;
    /** Nesting of JSON objects and lists; a project file nests 5 deep. */
    public static final int JSON_DEPTH = 32;
    /** Nesting of XML elements in an FDX screenplay; Final Draft writes about 6. */
    public static final int XML_DEPTH = 64;
    /** Lines of a Fountain screenplay: a feature has about 10,000. */
    public static final int FOUNTAIN_LINES = 1_000_000;

    /** Characters of file content a message quotes before it cuts the rest with an ellipsis. */
    public static final int QUOTE_CHARS = 40;

    /**
     * Text from a file as a message may quote it: whole up to {@link #QUOTE_CHARS} characters, else its first
     * {@value #QUOTE_CHARS} and "…" (never half a surrogate pair), so a million-character value makes a short line.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= QUOTE_CHARS) {
            return text;
        }
        int end = QUOTE_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A size in MB with one decimal, as the messages show it ("10.5"). */
    public static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP);
    }

    /** A limit in whole MB, as the messages show it. */
    public static long wholeMegabytes(long bytes) {
        return bytes / MB;
    }

    /**
     * The bytes of an ordinary file of at most {@code maxBytes}. The file's type and size are checked before it is
     * opened, so a folder, device or pipe is refused without reading (or blocking on) it.
     *
     * @throws FileRefused saying why, with the file named by the caller
     */
    public static byte[] readFile(Path file, long maxBytes) throws FileRefused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileRefused(FileRefused.Reason.NO_SUCH_FILE, 0,
                    Checks.phrase("input.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new FileRefused(FileRefused.Reason.UNREADABLE, 0,
                    Checks.phrase("input.unreadable", String.valueOf(e.getMessage())));
        }
        if (!attributes.isRegularFile()) {
            throw new FileRefused(FileRefused.Reason.NOT_A_REGULAR_FILE, 0, Checks.phrase("input.notRegularFile",
                    Checks.phrase(attributes.isDirectory() ? "input.kind.folder" : "input.kind.special")));
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size(), maxBytes);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new FileRefused(FileRefused.Reason.NO_SUCH_FILE, 0,
                    Checks.phrase("input.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new FileRefused(FileRefused.Reason.UNREADABLE, 0,
                    Checks.phrase("input.unreadable", String.valueOf(e.getMessage())));
        }
        if (content.length > maxBytes) {
            // The file grew after its size was read.
            throw tooLarge(content.length, maxBytes);
        }
        return content;
    }

    private static FileRefused tooLarge(long size, long maxBytes) {
        return new FileRefused(FileRefused.Reason.TOO_LARGE, size,
                Checks.phrase("input.tooLarge", megabytes(size), wholeMegabytes(maxBytes)));
    }

    /** A file {@link #readFile} would not read, with the reason in the domain's words (without the file's name). */
    public static final class FileRefused extends Exception {
        private static final long serialVersionUID = 1L;

        /** Why the file was not read. */
        public enum Reason { NO_SUCH_FILE, NOT_A_REGULAR_FILE, TOO_LARGE, UNREADABLE }

        private final Reason reason;
        private final long size;
        private final transient Phrase phrase;

        FileRefused(Reason reason, long size, Phrase phrase) {
            super(phrase.english());
            this.reason = reason;
            this.size = size;
            this.phrase = phrase;
        }

        public Reason reason() {
            return reason;
        }

        /** The file's size in bytes when it is {@link Reason#TOO_LARGE}, else 0. */
        public long size() {
            return size;
        }

        /** What was wrong, e.g. "it is a folder, not a file…"; readers put the file's name before it. */
        public Phrase phrase() {
            return phrase;
        }
    }
}
