package org.reelwright.screenplay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reelwright.domain.InputLimits;

/**
 * Reads a Final Draft document ({@code .fdx}, XML) into printing elements, with a parser hardened against hostile
 * files. Contract:
 * <ul>
 * <li>Any DOCTYPE is refused as soon as the parser meets it, before an entity could be declared, expanded or
 * fetched: Final Draft never writes one, and a DTD is how XML external-entity (XXE) and "billion laughs" attacks
 * arrive. External entities and external DTD access are switched off as well, files over
 * {@link ScreenplayImporter#MAX_BYTES} are refused before parsing, and elements may nest at most
 * {@link #MAX_DEPTH} deep. The JDK's own StAX implementation is used, never one found on the class path.</li>
 * <li>The script is the {@code Paragraph} elements directly under the root's {@code Content} (and those inside a
 * {@code DualDialogue}). A paragraph's text is its own {@code Text} runs, concatenated; text of paragraphs nested
 * inside it (script notes, scene-property beats) is ignored.</li>
 * <li>A scene heading's {@code Number} and its {@code SceneProperties Length} (such as {@code "1 3/8"}) and
 * {@code Page} are kept when usable; unusable ones are reported as warnings and the scene is numbered or measured
 * as if they were absent.</li>
 * <li>The title is the first non-empty paragraph of the {@code TitlePage}, where Final Draft puts it; the author is
 * the paragraph after a credit such as {@code Written by} (or what follows {@code by} on the credit's own line).</li>
 * </ul>
 */
public final class FdxReader {

    /** A title-page credit: "Written by", "Screenplay by", "by", optionally with the name on the same line. */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)(?:(?:written|screenplay|story|teleplay)\\s+)?by\\s*:?(?:\\s+(.*))?|编剧\\s*[:：]?\\s*(.*)");

    /** Final Draft nests about eight deep; far deeper nesting is a hostile or broken file. */
    static final int MAX_DEPTH = InputLimits.XML_DEPTH;

    private static final String ROOT = "FinalDraft";

    /**
     * @throws ScreenplayException for a file that is too large, not well-formed XML, not a Final Draft document,
     *         declares a DTD, or nests too deeply; the message names the file and line
     */
    public ParsedScript read(byte[] content, String fileName) throws ScreenplayException {
        if (content.length > ScreenplayImporter.MAX_BYTES) {
            throw new ScreenplayException(fileName, ScreenplayImporter.tooLarge(content.length));
        }
        String text = ScriptTextDecoder.decodeXml(content, fileName);
        XMLStreamReader reader = null;
        try {
            reader = parserCall(() -> hardenedFactory().createXMLStreamReader(new java.io.StringReader(text)));
            return new Walk(reader, fileName).run();
        } catch (XMLStreamException e) {
            throw notWellFormed(fileName, e);
        } finally {
            close(reader);
        }
    }

    /** A call into the JDK parser. */
    @FunctionalInterface
    private interface ParserCall<T> {
        T call() throws XMLStreamException;
    }

    /**
     * Runs a parser call, turning the unchecked exceptions the JDK parser uses for some malformed input into the
     * checked one it uses for the rest, so that both reach the user as "not well-formed XML". Only parser calls
     * go through here: an unchecked exception from this class's own logic would be a bug and is not hidden.
     */
    private static <T> T parserCall(ParserCall<T> call) throws XMLStreamException {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw new XMLStreamException(describe(e), e);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static ScreenplayException notWellFormed(String fileName, XMLStreamException e) {
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        return new ScreenplayException(fileName, line, ScreenplayException.words("fdx.notXml", describe(e)));
    }

    /** The parser's own words without its "ParseError at [row,col]" prefix, which the line number already gives. */
    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException | RuntimeException e) {
                // Closing an in-memory reader cannot lose data; the outcome is already decided.
            }
        }
    }

    /** What an open element means to the walk. */
    private enum Role {
        ROOT, BODY, BODY_PARAGRAPH, PARAGRAPH_TEXT, DUAL_DIALOGUE, TITLE_PAGE, TITLE_CONTENT, TITLE_PARAGRAPH,
        TITLE_TEXT, IGNORED
    }

    /** An open element: its role and, for paragraphs, what has been gathered so far. */
    private static final class Frame {
        final Role role;
        final String type;
        final String number;
        final int line;
        final boolean inDualDialogue;
        final StringBuilder text = new StringBuilder();
        String length;
        String page;
        int cuesInDualDialogue;

        Frame(Role role, String type, String number, int line, boolean inDualDialogue) {
            this.role = role;
            this.type = type;
            this.number = number;
            this.line = line;
            this.inDualDialogue = inDualDialogue;
        }
    }

    /** One pass over one document. */
    private static final class Walk {
        private final XMLStreamReader reader;
        private final String fileName;
        private final Deque<Frame> open = new ArrayDeque<>();
        private final List<ScriptElement> elements = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private String title = "";
        private String author = "";
        private boolean authorNext;

        Walk(XMLStreamReader reader, String fileName) {
            this.reader = reader;
            this.fileName = fileName;
        }

        ParsedScript run() throws XMLStreamException, ScreenplayException {
            boolean sawRoot = false;
            while (parserCall(reader::hasNext)) {
                int event = parserCall(reader::next);
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new ScreenplayException(fileName, line(),
                            ScreenplayException.words("fdx.doctype"));
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ScreenplayException(fileName, line(),
                            ScreenplayException.words("fdx.entity", reader.getLocalName()));
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.isEmpty()) {
                            if (!ROOT.equals(reader.getLocalName())) {
                                throw new ScreenplayException(fileName, line(), ScreenplayException.words("fdx.wrongRoot",
                                        reader.getLocalName(), ROOT));
                            }
                            sawRoot = true;
                        }
                        start();
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        Frame top = open.peek();
                        if (top != null && (top.role == Role.PARAGRAPH_TEXT || top.role == Role.TITLE_TEXT)) {
                            top.text.append(parserCall(reader::getText));
                        }
                    }
                    default -> {
                        // Comments, processing instructions and the like carry nothing for the breakdown.
                    }
                }
            }
            if (!sawRoot) {
                throw new ScreenplayException(fileName, ScreenplayException.words("fdx.noElements"));
            }
            return new ParsedScript(title, elements, warnings, author, "");
        }

        private int line() {
            Location location = reader.getLocation();
            return location == null ? 0 : Math.max(0, location.getLineNumber());
        }

        private void start() throws ScreenplayException {
            if (open.size() >= MAX_DEPTH) {
                throw new ScreenplayException(fileName, line(), ScreenplayException.words("fdx.tooDeep", MAX_DEPTH));
            }
            String name = reader.getLocalName();
            Frame parent = open.peek();
            Role parentRole = parent == null ? null : parent.role;
            Role role = roleOf(name, parentRole);
            Frame frame;
            if (role == Role.BODY_PARAGRAPH) {
                boolean dual = parentRole == Role.DUAL_DIALOGUE;
                frame = new Frame(role, attribute("Type"), attribute("Number"), line(), dual);
            } else {
                frame = new Frame(role, null, null, 0, false);
            }
            if ("SceneProperties".equals(name) && parentRole == Role.BODY_PARAGRAPH) {
                parent.length = attribute("Length");
                parent.page = attribute("Page");
            }
            open.push(frame);
        }

        private static Role roleOf(String name, Role parent) {
            if (parent == null) {
                return Role.ROOT;
            }
            return switch (parent) {
                case ROOT -> switch (name) {
                    case "Content" -> Role.BODY;
                    case "TitlePage" -> Role.TITLE_PAGE;
                    default -> Role.IGNORED;
                };
                case BODY, DUAL_DIALOGUE -> "Paragraph".equals(name) ? Role.BODY_PARAGRAPH : Role.IGNORED;
                case BODY_PARAGRAPH -> switch (name) {
                    case "Text" -> Role.PARAGRAPH_TEXT;
                    case "DualDialogue" -> Role.DUAL_DIALOGUE;
                    default -> Role.IGNORED;
                };
                case TITLE_PAGE -> "Content".equals(name) ? Role.TITLE_CONTENT : Role.IGNORED;
                case TITLE_CONTENT -> "Paragraph".equals(name) ? Role.TITLE_PARAGRAPH : Role.IGNORED;
                case TITLE_PARAGRAPH -> "Text".equals(name) ? Role.TITLE_TEXT : Role.IGNORED;
                case PARAGRAPH_TEXT, TITLE_TEXT, IGNORED -> Role.IGNORED;
            };
        }

        private String attribute(String name) {
            return reader.getAttributeValue(null, name);
        }

        private void end() {
            Frame frame = open.pop();
            Frame parent = open.peek();
            switch (frame.role) {
                case PARAGRAPH_TEXT, TITLE_TEXT -> {
                    if (parent != null) {
                        parent.text.append(frame.text);
                    }
                }
                case TITLE_PARAGRAPH -> {
                    String text = collapse(frame.text);
                    if (title.isEmpty() && !text.isEmpty()) {
                        title = text;
                    } else if (author.isEmpty() && !text.isEmpty()) {
                        java.util.regex.Matcher credit = CREDIT.matcher(text);
                        if (authorNext) {
                            author = text;
                        } else if (credit.matches()) {
                            String named = credit.group(1) != null ? credit.group(1) : credit.group(2);
                            author = named == null ? "" : named.strip();
                            authorNext = author.isEmpty();
                        }
                    }
                }
                case BODY_PARAGRAPH -> paragraph(frame, parent);
                default -> {
                    // Nothing to finish.
                }
            }
        }

        private void paragraph(Frame frame, Frame parent) {
            ElementKind kind = kindOf(frame.type);
            if (kind == null) {
                return;
            }
            String text = kind == ElementKind.ACTION || kind == ElementKind.DIALOGUE || kind == ElementKind.LYRIC
                    ? frame.text.toString().replace("\r\n", "\n").replace('\r', '\n').strip()
                    : collapse(frame.text);
            switch (kind) {
                case SCENE_HEADING -> elements.add(ScriptElement.heading(text, frame.line, sceneNumber(frame),
                        new StoredSceneProperties(lengthEighths(frame), page(frame))));
                case CHARACTER -> {
                    boolean dual = false;
                    if (frame.inDualDialogue && parent != null) {
                        parent.cuesInDualDialogue++;
                        dual = parent.cuesInDualDialogue > 1;
                    }
                    // Final Draft prints every cue in capitals, whatever was typed: "eDWARD (cont'd)" is EDWARD.
                    elements.add(ScriptElement.character(text.toUpperCase(java.util.Locale.ROOT), frame.line, dual));
                }
                default -> elements.add(ScriptElement.of(kind, text, frame.line));
            }
        }

        /**
         * Final Draft's paragraph types mapped to the shared elements. Types that print like action (General, Shot,
         * Cast List, act breaks, and any type a later version adds) count as action; an untyped paragraph is a
         * wrapper (such as the one around dual dialogue) and is skipped.
         */
        private static ElementKind kindOf(String type) {
            if (type == null) {
                return null;
            }
            return switch (type.strip().toLowerCase(Locale.ROOT)) {
                case "scene heading" -> ElementKind.SCENE_HEADING;
                case "character" -> ElementKind.CHARACTER;
                case "parenthetical" -> ElementKind.PARENTHETICAL;
                case "dialogue" -> ElementKind.DIALOGUE;
                case "transition" -> ElementKind.TRANSITION;
                case "singing", "lyrics" -> ElementKind.LYRIC;
                default -> ElementKind.ACTION;
            };
        }

        private String sceneNumber(Frame frame) {
            if (frame.number == null || frame.number.isBlank()) {
                return "";
            }
            String number = frame.number.strip();
            if (SceneNumbers.isValid(number)) {
                return number;
            }
            warnings.add(ScreenplayException.warning("warning.fdxSceneNumber", frame.line, shorten(number),
                    SceneNumbers.MAX_LENGTH));
            return "";
        }

        private OptionalInt lengthEighths(Frame frame) {
            if (frame.length == null || frame.length.isBlank()) {
                return OptionalInt.empty();
            }
            OptionalInt eighths = PageLength.parseEighths(frame.length);
            if (eighths.isEmpty()) {
                warnings.add(ScreenplayException.warning("warning.fdxSceneLength", frame.line,
                        shorten(frame.length)));
            }
            return eighths;
        }

        private OptionalInt page(Frame frame) {
            if (frame.page == null) {
                return OptionalInt.empty();
            }
            try {
                int page = Integer.parseInt(frame.page.strip());
                return page >= 1 ? OptionalInt.of(page) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }

        private static String collapse(CharSequence text) {
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        private static String shorten(String text) {
            return InputLimits.quote(text);
        }
    }
}
