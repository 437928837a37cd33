package org.reelwright.screenplay;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text script into text. Contract: a byte-order mark selects UTF-8, UTF-16BE or UTF-16LE
 * and is dropped; without one the bytes must be valid UTF-8. Nothing is guessed: bytes that are not valid in the
 * chosen encoding, and binary content (NUL bytes or many control characters), are refused with a message naming the
 * line, because a silently mis-decoded script would import with garbled names and headings.
 */
final class ScriptTextDecoder {

    /** Share of control characters above which a file is treated as binary rather than as text with a few strays. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private ScriptTextDecoder() {
    }

    static String decode(byte[] content, String fileName) throws ScreenplayException {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            refuseNulBytes(content, offset, fileName);
        }
        String text = strictDecode(content, offset, charset, fileName);
        refuseBinary(text, fileName);
        return text;
    }

    /**
     * The text of an XML screenplay (Final Draft): a byte-order mark as for plain text, else the encoding its XML
     * declaration names, else UTF-8, decoded strictly. Decoding here rather than in the XML parser keeps the JDK
     * parser from printing "[Fatal Error] :-1:-1:" on the terminal for bytes that are not valid in the encoding (it
     * does so before any error handler is asked), and names the line like every other bad script.
     */
    static String decodeXml(byte[] content, String fileName) throws ScreenplayException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strictDecode(content, 3, StandardCharsets.UTF_8, fileName);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            return strictDecode(content, 2, StandardCharsets.UTF_16BE, fileName);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            return strictDecode(content, 2, StandardCharsets.UTF_16LE, fileName);
        }
        return strictDecode(content, 0, declaredEncoding(content), fileName);
    }

    private static final java.util.regex.Pattern XML_ENCODING = java.util.regex.Pattern.compile(
            "\\A\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /** The encoding an XML declaration names (read as ASCII from the first bytes), or UTF-8. */
    private static Charset declaredEncoding(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown or unsupported name: read as UTF-8, which names any bad byte
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseNulBytes(byte[] content, int offset, String fileName) throws ScreenplayException {
        int line = 1;
        for (int i = offset; i < content.length; i++) {
            if (content[i] == 0) {
                throw new ScreenplayException(fileName, line, ScreenplayException.words("text.nulBytes"));
            }
            if (content[i] == '\n') {
                line++;
            }
        }
    }

    private static String strictDecode(byte[] content, int offset, Charset charset, String fileName)
            throws ScreenplayException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(content.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops in front of the bad sequence: its position is the byte to blame.
            int bad = in.position();
            throw new ScreenplayException(fileName, lineAt(content, offset, bad, charset), ScreenplayException.words("text.notValid",
                    charset.displayName(), bad));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] content, int from, int to, Charset charset) {
        int line = 1;
        int step = charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE ? 2 : 1;
        int lowByte = charset == StandardCharsets.UTF_16BE ? 1 : 0;
        for (int i = from; i + (step - 1) < to && i + (step - 1) < content.length; i += step) {
            boolean newline = step == 1 ? content[i] == '\n'
                    : content[i + lowByte] == '\n' && content[i + 1 - lowByte] == 0;
            if (newline) {
                line++;
            }
        }
        return line;
    }

    private static void refuseBinary(String text, String fileName) throws ScreenplayException {
        int control = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new ScreenplayException(fileName, line, ScreenplayException.words("text.nulChars"));
            } else if (isStrayControl(c)) {
                control++;
            }
        }
        if (control > 0 && control > text.length() * MAX_CONTROL_SHARE) {
            throw new ScreenplayException(fileName, ScreenplayException.words("text.controlChars", control, text.length()));
        }
    }

    private static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
