package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkspaceLocationTest {
    private static final Path HOME = Path.of("/home/ana");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("command line wins over everything", Optional.of(Path.of("/tmp/ws")),
                        Map.of("REELWRIGHT_WORKSPACE", "/env/ws", "XDG_DATA_HOME", "/xdg"), "Linux",
                        Path.of("/tmp/ws")),
                Arguments.of("environment variable next", Optional.empty(),
                        Map.of("REELWRIGHT_WORKSPACE", " /env/ws ", "XDG_DATA_HOME", "/xdg"), "Linux",
                        Path.of("/env/ws")),
                Arguments.of("a blank environment variable is ignored", Optional.empty(),
                        Map.of("REELWRIGHT_WORKSPACE", "  "), "Linux", HOME.resolve(".local/share/reelwright")),
                Arguments.of("Linux with XDG_DATA_HOME", Optional.empty(), Map.of("XDG_DATA_HOME", "/data/ana"),
                        "Linux", Path.of("/data/ana/reelwright")),
                Arguments.of("Linux without XDG_DATA_HOME", Optional.empty(), Map.of(), "Linux",
                        HOME.resolve(".local/share/reelwright")),
                Arguments.of("a relative XDG_DATA_HOME is invalid and ignored", Optional.empty(),
                        Map.of("XDG_DATA_HOME", "data"), "Linux", HOME.resolve(".local/share/reelwright")),
                Arguments.of("FreeBSD follows XDG too", Optional.empty(), Map.of(), "FreeBSD",
                        HOME.resolve(".local/share/reelwright")),
                Arguments.of("macOS", Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X",
                        HOME.resolve("Library/Application Support/Reelwright")),
                Arguments.of("Windows with APPDATA", Optional.empty(),
                        Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11",
                        Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Reelwright")),
                Arguments.of("Windows without APPDATA", Optional.empty(), Map.of(), "Windows 10",
                        HOME.resolve("AppData").resolve("Roaming").resolve("Reelwright")),
                Arguments.of("Windows with the environment variable", Optional.empty(),
                        Map.of("REELWRIGHT_WORKSPACE", "D:\\ws", "APPDATA", "C:\\x"), "Windows 11",
                        Path.of("D:\\ws")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesInTheDocumentedOrder(String name, Optional<Path> commandLine, Map<String, String> environment,
            String osName, Path expected) {
        assertEquals(expected, WorkspaceLocation.resolve(commandLine, environment, osName, HOME));
    }
}
