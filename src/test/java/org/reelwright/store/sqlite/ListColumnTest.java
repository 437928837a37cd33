package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListColumnTest {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(List.of(), ""),
                Arguments.of(List.of("en"), "en"),
                Arguments.of(List.of("en", "zh-Hans"), "en\nzh-Hans"),
                Arguments.of(List.of("A\nB", "C"), "A\\nB\nC"),
                Arguments.of(List.of("BACK\\SLASH", "\\n"), "BACK\\\\SLASH\n\\\\n"),
                Arguments.of(List.of("O'BRIEN, JR.", "李悦"), "O'BRIEN, JR.\n李悦"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void encodesItemsOnePerLineAndReadsThemBack(List<String> items, String column) {
        assertEquals(column, ListColumn.encode(items));
        assertEquals(items, ListColumn.decode(column));
    }
}
