package org.reelwright.store.sqlite;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the workspace lives. In order: {@code --workspace DIR} on the command line; the environment variable
 * {@value #ENVIRONMENT_VARIABLE} (tests and scripts); the platform's folder for an application's own data —
 * {@code $XDG_DATA_HOME/reelwright} or {@code ~/.local/share/reelwright} on Linux and other Unix systems (XDG Base
 * Directory specification), {@code ~/Library/Application Support/Reelwright} on macOS, {@code %APPDATA%\Reelwright}
 * on Windows. A pure function of its arguments, so every platform's answer can be tested on any platform; the
 * caller passes {@code System.getenv()}, {@code System.getProperty("os.name")} and {@code user.home}.
 */
public final class WorkspaceLocation {
    public static final String ENVIRONMENT_VARIABLE = "REELWRIGHT_WORKSPACE";

    private WorkspaceLocation() {
    }

    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment, String osName,
            Path home) {
        Objects.requireNonNull(fromCommandLine, "fromCommandLine");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(home, "home");
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return home.getFileSystem().getPath(fromEnvironment.strip());
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path roaming = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : home.getFileSystem().getPath(appData.strip());
            return roaming.resolve("Reelwright");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Reelwright");
        }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        String dataHome = environment.get("XDG_DATA_HOME");
        if (dataHome != null && !dataHome.isBlank()) {
            Path xdg = home.getFileSystem().getPath(dataHome.strip());
            if (xdg.isAbsolute()) {
                return xdg.resolve("reelwright");
            }
        }
        return home.resolve(".local").resolve("share").resolve("reelwright");
    }
}
