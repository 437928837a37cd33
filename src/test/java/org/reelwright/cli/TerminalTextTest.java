package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15, item 8: what reaches the terminal from user data. */
class TerminalTextTest {

    /** A value from a file, and how one line of output shows it. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("plain title", "plain title"),
                Arguments.of("灯塔 The Salt Archive", "灯塔 The Salt Archive"),
                Arguments.of("C:\\films\\a.json", "C:\\films\\a.json"),
                Arguments.of("\u001B[31mred\u001B[0m", "\\u001B[31mred\\u001B[0m"),
                Arguments.of("\u001B]0;owned\u0007", "\\u001B]0;owned\\u0007"),
                Arguments.of("done\rFAKE", "done\\rFAKE"),
                Arguments.of("two\nlines", "two\\nlines"),
                Arguments.of("a\tb", "a\\tb"),
                Arguments.of("nul\u0000bell\u0007del\u007F", "nul\\u0000bell\\u0007del\\u007F"),
                Arguments.of("csi\u009B2J next\u0085line", "csi\\u009B2J next\\u0085line"),
                Arguments.of("\u202Egnp.exe", "\\u202Egnp.exe"),
                Arguments.of("lri\u2066x\u2069 lrm\u200E alm\u061C", "lri\\u2066x\\u2069 lrm\\u200E alm\\u061C"),
                Arguments.of("ls\u2028ps\u2029", "ls\\u2028ps\\u2029"),
                Arguments.of("emoji \uD83C\uDFAC ok", "emoji \uD83C\uDFAC ok"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void oneLineEscapesEveryControlCharacterAndNothingElse(String value, String shown) {
        assertEquals(shown, TerminalText.line(value));
    }

    /** A report of several lines, and how it is shown. */
    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("first\nsecond\n", "first\nsecond\n"),
                Arguments.of("first\r\nsecond\r\n", "first\r\nsecond\r\n"),
                Arguments.of("over\rwrite\n", "over\\rwrite\n"),
                Arguments.of("\u001B[2Jcleared\n", "\\u001B[2Jcleared\n"),
                Arguments.of("\u202E gnp\t\n", "\\u202E gnp\\t\n"),
                Arguments.of("end\r", "end\\r"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void reportsKeepTheirLineBreaksOnly(String text, String shown) {
        assertEquals(shown, TerminalText.lines(text));
        for (int piece : new int[] {1, 2, 3, 1000}) {
            assertEquals(shown, TerminalText.guarded(text, piece), "written in pieces of " + piece);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001B", "\r", "\u009B", "\u202E", "\u0000", "\u2028"})
    void theGuardOfTheCommandsOutputNeverPassesAControlCharacter(String c) {
        String out = TerminalText.guarded("a" + c + "b\n", 1);
        assertEquals(-1, out.indexOf(c), out);
    }
}
