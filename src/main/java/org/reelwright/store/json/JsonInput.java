package org.reelwright.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.Phrase;
import org.reelwright.store.ProjectFileException;

/**
 * What the JSON readers share: a parser factory bounded by {@link InputLimits} (text, number and name lengths,
 * nesting, document size), a streaming pass that checks a file against the input budget before anything is built
 * from it (entries of every list and object, shots in all, syntax, trailing content), and Jackson's failures told in
 * the store's words with the file, line, column and field path — never Jackson's own type or class names.
 */
final class JsonInput {
    private JsonInput() {
    }

    /**
     * Reads a library-like document (the benchmark library, a disclosure profile): at most
     * {@link InputLimits#BENCHMARK_LIBRARY_BYTES}, every list within {@link InputLimits#LIST_ENTRIES} (checked by a
     * streaming pass before anything is built), then the typed pass, then its schema version; each failure said
     * about {@code name}, in the user's words, never in Jackson's.
     */
    static <T> T readVersioned(ObjectMapper mapper, byte[] content, String name, Class<T> type,
            Function<T, Integer> schemaVersion, int expectedVersion) throws ProjectFileException {
        if (content.length > InputLimits.BENCHMARK_LIBRARY_BYTES) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name,
                    ProjectFileException.words("library.tooLarge", InputLimits.megabytes(content.length),
                            InputLimits.wholeMegabytes(InputLimits.BENCHMARK_LIBRARY_BYTES))));
        }
        scan(mapper.getFactory(), content, name, field -> InputLimits.LIST_ENTRIES, null, 0);
        T dto;
        try {
            dto = mapper.readValue(content, type);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(mappingFailure(name, e), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(readFailure(name, e), e);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name,
                    ProjectFileException.words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        Integer version = dto == null ? null : schemaVersion.apply(dto);
        if (version == null || version != expectedVersion) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name,
                    ProjectFileException.words("library.schemaVersion", expectedVersion)));
        }
        return dto;
    }

    /** A factory whose parsers refuse over-long text, numbers, names and deep nesting as they read. */
    static JsonFactory boundedFactory(long maxBytes) {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(InputLimits.TEXT_CHARS)
                .maxNumberLength(InputLimits.NUMBER_CHARS)
                .maxNameLength(InputLimits.NAME_CHARS)
                .maxNestingDepth(InputLimits.JSON_DEPTH)
                .maxDocumentLength(maxBytes)
                .build()).build();
    }

    /** The top-level {@code schemaVersion} as the file has it: its token and its text (null when absent). */
    record Version(JsonToken token, String text) {
    }

    /**
     * Walks the whole document once, keeping nothing but a stack of counters, and refuses it at the first entry
     * over the budget. {@code limits} gives the most entries of the list or object under a field name (e.g.
     * {@code holidays}); {@code total} names a list whose entries are also counted over the whole file (shots).
     *
     * @return the top-level {@code schemaVersion}, or null when the file has none
     * @throws ProjectFileException for invalid JSON, a top level that is not an object, or an entry over the budget
     */
    static Version scan(JsonFactory factory, byte[] content, String name, ToIntFunction<String> limits,
            String total, int totalLimit) throws ProjectFileException {
        Deque<Frame> stack = new ArrayDeque<>();
        Version version = null;
        int totalCount = 0;
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(content)) {
            parser = p;
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new ProjectFileException(words("file.about", name, words("project.notObject")));
            }
            stack.push(new Frame(false, "", "", InputLimits.LIST_ENTRIES));
            String field = null;
            while (!stack.isEmpty()) {
                token = p.nextToken();
                if (token == null) {
                    break; // the parser reports an unclosed document itself; this is a safety net
                }
                Frame frame = stack.peek();
                switch (token) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        frame.add(name, p.currentLocation());
                    }
                    case END_OBJECT, END_ARRAY -> stack.pop();
                    default -> {
                        String childPath;
                        if (frame.array) {
                            childPath = frame.path + "[" + frame.count + "]";
                            frame.add(name, p.currentTokenLocation());
                            if (total != null && total.equals(frame.field) && ++totalCount > totalLimit) {
                                throw new ProjectFileException(at(name, p.currentTokenLocation(),
                                        words("json.tooManyInAll", total, totalLimit)));
                            }
                        } else {
                            childPath = frame.path.isEmpty() ? field : frame.path + "." + field;
                        }
                        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                            String listName = frame.array ? frame.field : field;
                            stack.push(new Frame(token == JsonToken.START_ARRAY, childPath, listName,
                                    limits.applyAsInt(listName)));
                        } else {
                            // Makes the parser read the whole value now, so its length limit applies here.
                            p.getText();
                            if (stack.size() == 1 && "schemaVersion".equals(field)) {
                                version = new Version(token, p.getText());
                            }
                        }
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new ProjectFileException(at(name, p.currentTokenLocation(), words("json.trailing")));
            }
        } catch (StreamConstraintsException e) {
            // The value being read when the limit was hit: the next entry of a list, or the field's value.
            // The value being read when the limit was hit, as the parser's context has it (a field's value can be
            // read together with its name, before the scan sees the name).
            String where = parser == null ? "" : path(parser.getParsingContext());
            JsonLocation location = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            throw new ProjectFileException(at(name, location, where.isEmpty() ? beyondLimits(e)
                    : words("json.atPath", InputLimits.quote(where), beyondLimits(e))), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(at(name, e.getLocation(), words("json.invalid", parserWords(e))), e);
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", name,
                    words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        return version;
    }

    /** One open list or object of the scan: its path, the field it is under, and how many entries it has so far. */
    private static final class Frame {
        final boolean array;
        final String path;
        final String field;
        final int limit;
        int count;

        Frame(boolean array, String path, String field, int limit) {
            this.array = array;
            this.path = path;
            this.field = field;
            this.limit = limit;
        }

        void add(String name, JsonLocation location) throws ProjectFileException {
            if (++count > limit) {
                Phrase what = words(array ? "json.tooManyEntries" : "json.tooManyFields", limit);
                throw new ProjectFileException(at(name, location, path.isEmpty() ? what
                        : words("json.atPath", InputLimits.quote(path), what)));
            }
        }
    }

    /** Which limit a value broke, from the parser's check; the limits are named, Jackson's words are not shown. */
    private static Phrase beyondLimits(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("String value length")) {
            return words("json.textTooLong", InputLimits.TEXT_CHARS);
        } else if (m.startsWith("Number value length")) {
            return words("json.numberTooLong", InputLimits.NUMBER_CHARS);
        } else if (m.startsWith("Name length")) {
            return words("json.nameTooLong", InputLimits.NAME_CHARS);
        } else if (m.startsWith("Document nesting depth")) {
            return words("json.tooDeep", InputLimits.JSON_DEPTH);
        }
        return words("json.beyondLimits", InputLimits.TEXT_CHARS, InputLimits.NUMBER_CHARS, InputLimits.JSON_DEPTH);
    }

    /**
     * The parser's own description of a syntax error (it names the character and what it expected, e.g.
     * "Unexpected character ('}' (code 125))…"), on one line and cut short, so quoted input stays bounded; the
     * parts that speak of the parser itself (its source description, its feature names in backquotes) are cut.
     */
    static String parserWords(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        for (String internal : new String[] {"\n", " (start marker at", ": enable `", " (not recognized as one since",
            "[Source", "`", "Feature"}) {
            int at = m.indexOf(internal);
            if (at >= 0) {
                m = m.substring(0, at);
            }
        }
        m = m.strip();
        return m.length() <= 160 ? m : m.substring(0, 159) + "…";
    }

    /**
     * A mapping failure of the typed pass in the store's words: an unknown field, or a field whose value is of the
     * wrong kind ("expected a list"), with the value when the parser kept it.
     */
    static Phrase mappingFailure(String name, JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return at(name, e.getLocation(), words("json.unknownField",
                    InputLimits.quote(String.valueOf(u.getPropertyName())), path(e)));
        }
        if (e.getCause() instanceof InputCoercionException) {
            return at(name, e.getLocation(), words("json.wrongValue", path(e), words("json.outOfRange")));
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return at(name, e.getLocation(), words("json.atPath", path(e), beyondLimits(limit)));
        }
        Phrase kind = kind(e instanceof MismatchedInputException m ? m.getTargetType() : null);
        Phrase expected = words("json.expected", kind);
        if (e instanceof InvalidFormatException f && f.getValue() != null) {
            expected = words("json.expectedGot", kind, InputLimits.quote(String.valueOf(f.getValue())));
        }
        return at(name, e.getLocation(), words("json.wrongValue", path(e), expected));
    }

    /**
     * A number the typed pass could not hold in its field (e.g. 10^20 in a whole-number field), with the field's
     * path taken from where the parser stood.
     */
    static Phrase readFailure(String name, JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser p) {
            String where = path(p.getParsingContext());
            if (!where.isEmpty()) {
                return at(name, e.getLocation(), words("json.wrongValue", "'" + where + "'",
                        words("json.outOfRange")));
            }
        }
        return at(name, e.getLocation(), words("json.invalid", parserWords(e)));
    }

    private static Phrase kind(Class<?> type) {
        String key;
        if (type == null) {
            key = "json.kind.other";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            key = "json.kind.list";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            key = "json.kind.object";
        } else if (type == String.class) {
            key = "json.kind.text";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            key = "json.kind.wholeNumber";
        } else if (type == Double.class || type == double.class || type == BigDecimal.class) {
            key = "json.kind.number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "json.kind.trueFalse";
        } else if (type == LocalDate.class) {
            key = "json.kind.date";
        } else {
            key = "json.kind.other";
        }
        return words(key);
    }

    /** The JSON path as {@code 'scenes[2].number'}, or the phrase "(top level)". */
    static Object path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(InputLimits.quote(ref.getFieldName()));
            }
        }
        return b.length() == 0 ? words("json.topLevel") : "'" + b + "'";
    }

    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                b.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(InputLimits.quote(c.getCurrentName()));
            }
        }
        return b.toString();
    }

    /** "name: line 3, column 7: what", or "name: what" when the parser knows no line. */
    static Phrase at(String name, JsonLocation location, Phrase what) {
        if (location == null || location.getLineNr() < 1) {
            return words("file.about", name, what);
        }
        return words("file.atLineColumn", name, location.getLineNr(), location.getColumnNr(), what);
    }

    static Phrase words(String key, Object... args) {
        return ProjectFileException.words(key, args);
    }
}
