package org.reelwright.store.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.VfxLevel;
import org.reelwright.store.AtomicFiles;

/**
 * A production's shot list as CSV, for spreadsheets and other tools; parsing and printing are Commons CSV's.
 *
 * <p><b>Format.</b> A header row, then one row per shot, with the columns {@link #COLUMNS}: scene, shot,
 * description, size, movement, duration (seconds), vfx, method, faces (realistic faces: yes or no) and notes. Sizes,
 * movements, VFX levels and methods are the domain's lower-case ids ({@code close-up}, {@code dolly-track},
 * {@code ai-image-to-video}). Export writes UTF-8 with a byte-order mark, so that spreadsheet apps open Chinese text
 * correctly, and comma-separated RFC 4180 rows.
 *
 * <p><b>Import</b> merges into a production. Header names are matched ignoring case and surrounding spaces, in any
 * order; scene and shot are required, other columns are optional and unknown ones are ignored with a warning. The
 * separator is a comma, or a semicolon or tab when the header row uses that instead (as spreadsheets set to a
 * decimal comma write). Each row names an existing scene (an unknown scene is an error naming the line); a row whose
 * shot number already exists in that scene updates that shot, any other row adds a shot at the end of the scene.
 * An empty cell leaves the shot's value as it was (a new shot starts as a wide, static, 5-second live-action shot
 * with realistic faces). Ids are also accepted with spaces or underscores and in any case ({@code Close Up}).
 * Bad values are errors naming the line, the column and the allowed values. Nothing is changed unless the whole
 * file is valid. Files are UTF-8, with or without a byte-order mark, up to {@link #MAX_BYTES}.
 *
 * <p><b>Formulas.</b> A spreadsheet evaluates a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return (OWASP "CSV injection": {@code +cmd|' /C calc'!A0} runs a program). Export therefore
 * writes the text columns (scene, shot, description, notes) with a single quote in front of such a value, as OWASP
 * recommends, and also in front of a value that already starts with quotes followed by such a character, so that
 * the quote added can always be told from the user's own; import takes exactly that one quote off again. A shot list
 * exported and imported is unchanged. The other columns hold ids, yes/no and plain non-negative numbers, which never
 * start with one of these characters, and are written as they are.
 */
public final class ShotListCsv {

    public static final List<String> COLUMNS = List.of("scene", "shot", "description", "size", "movement",
            "duration", "vfx", "method", "faces", "notes");

    /** The shared input budget's limit for a shot list (domain.InputLimits), named here for this reader's callers. */
    public static final int MAX_BYTES = Math.toIntExact(org.reelwright.domain.InputLimits.SHOT_LIST_BYTES);
    /** Rows beyond this are refused, as many as a production may hold shots (domain.InputLimits.SHOTS). */
    public static final int MAX_ROWS = org.reelwright.domain.InputLimits.SHOTS;
    /** The columns of free text, where export neutralises formulas and import restores them. */
    static final List<String> TEXT_COLUMNS = List.of("scene", "shot", "description", "notes");
    /** Duration of a shot added by the list without a duration of its own. */
    static final double NEW_SHOT_SECONDS = 5;

    private static final String BOM = "\uFEFF";
    /** What a spreadsheet starts a formula with (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A text cell as export writes it: with a single quote in front when a spreadsheet would evaluate it (it starts
     * with {@code = + - @}, tab or CR), or when it starts with quotes followed by one of those (so {@link #restore}
     * takes off only the quote export added). Every other value is unchanged.
     */
    static String neutralise(String value) {
        return startsLikeFormula(value) ? "'" + value : value;
    }

    /** The inverse of {@link #neutralise}: one leading quote taken off where export would have added it. */
    static String restore(String cell) {
        return cell.startsWith("'") && startsLikeFormula(cell) ? cell.substring(1) : cell;
    }

    /** Starts with a formula character, after any number of single quotes. */
    private static boolean startsLikeFormula(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** The shot list as CSV text: header row and one row per shot, scenes and shots in production order. */
    public String toCsvText(Production production) {
        Objects.requireNonNull(production, "production");
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Scene scene : production.scenes()) {
                for (Shot shot : scene.shots()) {
                    printer.printRecord(neutralise(scene.number()), neutralise(shot.number()),
                            neutralise(shot.description()), shot.size().id(), shot.movement().id(),
                            seconds(shot.durationSeconds()), shot.vfx().id(), shot.method().id(),
                            shot.realisticFaces() ? "yes" : "no", neutralise(shot.notes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The shot list as the bytes of a UTF-8 CSV file with a byte-order mark. */
    public byte[] toCsv(Production production) {
        return (BOM + toCsvText(production)).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the shot list to a file, replacing it atomically: on failure the previous file stays as it was. */
    public void export(Production production, Path file) throws ShotListCsvException {
        byte[] bytes = toCsv(production);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ShotListCsvException(String.valueOf(file.getFileName()), ShotListCsvException.words("csv.notSaved",
                    String.valueOf(e.getMessage())));
        }
    }

    /** Reads a shot-list file (checking its size before reading it) and merges it into the production. */
    public ShotListImport importInto(Production production, Path file) throws ShotListCsvException {
        Objects.requireNonNull(file, "file");
        String fileName = String.valueOf(file.getFileName());
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ShotListCsvException(fileName, tooLarge(Files.size(file)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ShotListCsvException(fileName, ShotListCsvException.words("file.doesNotExist", file.toString()));
        } catch (IOException e) {
            throw new ShotListCsvException(fileName, ShotListCsvException.words("file.couldNotRead", String.valueOf(e.getMessage())));
        }
        return importInto(production, content, fileName);
    }

    /**
     * Merges a shot list held in memory into the production.
     *
     * @throws ShotListCsvException for any problem with the content; the production is then left unchanged
     */
    public ShotListImport importInto(Production production, byte[] content, String fileName)
            throws ShotListCsvException {
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new ShotListCsvException(fileName, tooLarge(content.length));
        }
        String text = decode(content, fileName);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ShotListCsvException(fileName, ShotListCsvException.words("csv.empty", String.join(", ", COLUMNS)));
        }
        return new Merge(production, text, fileName).run();
    }

    private static String seconds(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Phrase tooLarge(long size) {
        return ShotListCsvException.words("csv.tooLarge",
                BigDecimal.valueOf(size / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP),
                MAX_BYTES / (1024 * 1024));
    }

    private static String decode(byte[] content, String fileName) throws ShotListCsvException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            throw new ShotListCsvException(fileName, line, null, ShotListCsvException.words("csv.notUtf8"));
        }
        return out.flip().toString();
    }

    /** One merge of one file into one production; nothing is applied unless every row is valid. */
    private static final class Merge {
        private final Production production;
        private final String text;
        private final String fileName;
        private final int[] lineStarts;
        private final Map<String, Integer> sceneIndex = new HashMap<>();
        private final List<List<Shot>> shots = new ArrayList<>();
        /** Per scene, where each shot number (as {@link #key}) is in its list; made when a row first names the scene. */
        private final List<Map<String, Integer>> shotIndex = new ArrayList<>();
        private final Map<String, Integer> seenOnLine = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private int added;
        private int updated;

        Merge(Production production, String text, String fileName) {
            this.production = production;
            this.text = text;
            this.fileName = fileName;
            this.lineStarts = lineStarts(text);
            for (int i = 0; i < production.scenes().size(); i++) {
                Scene scene = production.scenes().get(i);
                sceneIndex.put(key(scene.number()), i);
                shots.add(new ArrayList<>(scene.shots()));
                shotIndex.add(null);
            }
        }

        ShotListImport run() throws ShotListCsvException {
            // No setTrim: it cuts every character up to a space (ESC, control codes); each cell is stripped as the
            // domain strips text, so an exported list reads back unchanged.
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter()).setIgnoreEmptyLines(true)
                    .setMaxRows(MAX_ROWS + 2L).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                int rows = 0;
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw malformed(parser, e);
                    }
                    if (rows == 0) {
                        header(record);
                    } else if (rows > MAX_ROWS) {
                        throw new ShotListCsvException(fileName, ShotListCsvException.words("csv.tooManyRows", MAX_ROWS));
                    } else {
                        row(record);
                    }
                    rows++;
                }
            } catch (IOException e) {
                throw new ShotListCsvException(fileName, 1, null, ShotListCsvException.words("csv.headerNotCsv",
                        String.valueOf(e.getMessage())));
            }
            List<Scene> scenes = new ArrayList<>();
            for (int i = 0; i < production.scenes().size(); i++) {
                scenes.add(production.scenes().get(i).withShots(shots.get(i)));
            }
            return new ShotListImport(production.withScenes(scenes), added, updated, warnings);
        }

        private ShotListCsvException malformed(CSVParser parser, RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            long line = Math.max(1, parser.getCurrentLineNumber() + 1);
            return new ShotListCsvException(fileName, (int) Math.min(Integer.MAX_VALUE, line), null,
                    ShotListCsvException.words("csv.notCsv", String.valueOf(cause.getMessage())));
        }

        /** The separator the header row uses: a comma unless it has only semicolons or only tabs. */
        private char delimiter() {
            int end = text.indexOf('\n');
            String header = end < 0 ? text : text.substring(0, end);
            if (header.indexOf(',') < 0 && header.indexOf(';') >= 0) {
                return ';';
            }
            if (header.indexOf(',') < 0 && header.indexOf('\t') >= 0) {
                return '\t';
            }
            return ',';
        }

        private void header(CSVRecord record) throws ShotListCsvException {
            int line = lineOf(record);
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String name = record.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!COLUMNS.contains(name)) {
                    unknown.add(record.get(i).strip());
                    continue;
                }
                if (columns.putIfAbsent(name, i) != null) {
                    throw new ShotListCsvException(fileName, line, name, ShotListCsvException.words("csv.columnTwice"));
                }
            }
            for (String required : List.of("scene", "shot")) {
                if (!columns.containsKey(required)) {
                    throw new ShotListCsvException(fileName, line, null, ShotListCsvException.words("csv.missingColumn", required,
                            String.join(", ", COLUMNS)));
                }
            }
            if (!unknown.isEmpty()) {
                // In the application's language: the default locale, which the language switch and --lang set.
                warnings.add(ShotListCsvException.words("warning.columnsIgnored", String.join(", ", unknown))
                        .in(java.util.Locale.getDefault()));
            }
        }

        private void row(CSVRecord record) throws ShotListCsvException {
            int line = lineOf(record);
            String sceneNumber = cell(record, "scene");
            if (sceneNumber.isEmpty()) {
                throw new ShotListCsvException(fileName, line, "scene", ShotListCsvException.words("csv.noSceneNumber"));
            }
            Integer index = sceneIndex.get(key(sceneNumber));
            if (index == null) {
                throw new ShotListCsvException(fileName, line, "scene", ShotListCsvException.words("csv.unknownScene", sceneNumber,
                        knownScenes()));
            }
            String shotNumber = cell(record, "shot");
            if (shotNumber.isEmpty()) {
                throw new ShotListCsvException(fileName, line, "shot", ShotListCsvException.words("csv.noShotNumber"));
            }
            Integer earlier = seenOnLine.putIfAbsent(index + "\u0000" + key(shotNumber), line);
            if (earlier != null) {
                throw new ShotListCsvException(fileName, line, "shot", ShotListCsvException.words("csv.shotTwice", shotNumber, sceneNumber,
                        earlier));
            }
            List<Shot> sceneShots = shots.get(index);
            // A map per scene, not a scan of its shots: a scan per row made a 50,000-row import take 36 s.
            Map<String, Integer> numbers = shotIndex.get(index);
            if (numbers == null) {
                numbers = new HashMap<>();
                for (int i = 0; i < sceneShots.size(); i++) {
                    numbers.putIfAbsent(key(sceneShots.get(i).number()), i);
                }
                shotIndex.set(index, numbers);
            }
            Integer found = numbers.get(key(shotNumber));
            int existing = found == null ? -1 : found;
            try {
                Shot base = existing >= 0 ? sceneShots.get(existing) : newShot(shotNumber);
                Shot shot = apply(base, record, line);
                if (existing >= 0) {
                    sceneShots.set(existing, shot);
                    updated++;
                } else {
                    numbers.put(key(shotNumber), sceneShots.size());
                    sceneShots.add(shot);
                    added++;
                }
            } catch (InvalidInputException e) {
                throw new ShotListCsvException(fileName, line, columnOf(e.field()), e.phrase());
            }
        }

        private static Shot newShot(String number) {
            return new Shot(ShotId.random(), number, "", ShotSize.WIDE, CameraMovement.STATIC, NEW_SHOT_SECONDS,
                    VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true, "");
        }

        private Shot apply(Shot base, CSVRecord record, int line) throws ShotListCsvException {
            Shot shot = base;
            String description = cell(record, "description");
            if (!description.isEmpty()) {
                shot = shot.withDescription(description);
            }
            String size = cell(record, "size");
            if (!size.isEmpty()) {
                shot = shot.withSize(id(ShotSize.class, size, line, "size"));
            }
            String movement = cell(record, "movement");
            if (!movement.isEmpty()) {
                shot = shot.withMovement(id(CameraMovement.class, movement, line, "movement"));
            }
            String duration = cell(record, "duration");
            if (!duration.isEmpty()) {
                shot = shot.withDurationSeconds(parseSeconds(duration, line));
            }
            String vfx = cell(record, "vfx");
            if (!vfx.isEmpty()) {
                shot = shot.withVfx(id(VfxLevel.class, vfx, line, "vfx"));
            }
            String method = cell(record, "method");
            if (!method.isEmpty()) {
                shot = shot.withMethod(id(ProductionMethod.class, method, line, "method"));
            }
            String faces = cell(record, "faces");
            if (!faces.isEmpty()) {
                shot = shot.withRealisticFaces(yesOrNo(faces, line));
            }
            String notes = cell(record, "notes");
            if (!notes.isEmpty()) {
                shot = shot.withNotes(notes);
            }
            return shot;
        }

        private <E extends Enum<E> & CodedEnum> E id(Class<E> type, String value, int line, String column)
                throws ShotListCsvException {
            String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (E constant : type.getEnumConstants()) {
                if (constant.id().equals(wanted)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(CodedEnum::id)
                    .collect(Collectors.joining(", "));
            throw new ShotListCsvException(fileName, line, column, ShotListCsvException.words("csv.notAllowed",
                    shorten(value), allowed));
        }

        private double parseSeconds(String value, int line) throws ShotListCsvException {
            String number = value.strip();
            if (number.indexOf('.') < 0) {
                number = number.replace(',', '.');
            }
            if (!number.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
                throw new ShotListCsvException(fileName, line, "duration", ShotListCsvException.words("csv.notSeconds",
                        shorten(value),
                        ShotListCsv.seconds(Shot.MIN_SECONDS), ShotListCsv.seconds(Shot.MAX_SECONDS)));
            }
            return Double.parseDouble(number);
        }

        private boolean yesOrNo(String value, int line) throws ShotListCsvException {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "x":
                    return true;
                case "no", "n", "false", "0":
                    return false;
                default:
                    throw new ShotListCsvException(fileName, line, "faces", ShotListCsvException.words("csv.notYesNo",
                            shorten(value)));
            }
        }

        /** The cell, stripped; in a text column without the quote export puts in front of a formula. */
        private String cell(CSVRecord record, String column) {
            Integer index = columns.get(column);
            String value = index == null || index >= record.size() ? "" : record.get(index).strip();
            return TEXT_COLUMNS.contains(column) ? restore(value) : value;
        }

        private Phrase knownScenes() {
            List<String> numbers = production.scenes().stream().map(Scene::number).limit(12).toList();
            if (numbers.isEmpty()) {
                return ShotListCsvException.words("csv.noScenesYet");
            }
            return ShotListCsvException.words("csv.itsScenes", String.join(", ", numbers)
                    + (production.scenes().size() > numbers.size() ? ", …" : ""));
        }

        private static String columnOf(String field) {
            if (field == null) {
                return null;
            }
            return switch (field) {
                case "number" -> "shot";
                case "durationSeconds" -> "duration";
                default -> COLUMNS.contains(field) ? field : null;
            };
        }

        private int lineOf(CSVRecord record) {
            long position = record.getCharacterPosition();
            int index = Arrays.binarySearch(lineStarts, (int) Math.min(Integer.MAX_VALUE, position));
            return (index >= 0 ? index : -index - 2) + 1;
        }

        private static int[] lineStarts(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                count += text.charAt(i) == '\n' ? 1 : 0;
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return starts;
        }

        private static String key(String number) {
            return number.strip().toUpperCase(Locale.ROOT);
        }

        private static String shorten(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
