package org.reelwright.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.store.DisclosureProfileFiles;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonDisclosureProfileFiles;

/**
 * The disclosure profiles shipped with Reelwright ({@code seeds/disclosure/}, listed in {@code profiles.txt}): a new
 * festival or law is a file there, not code. Loaded once, on first use; a broken profile is a build error, reported
 * with its file and place. The JSON reader is made here rather than handed in from {@code Main}, like the benchmark
 * library's resource: the profiles are part of the build, not of the user's data.
 */
public final class DisclosureProfiles {
    public static final String FOLDER = "/seeds/disclosure/";
    /** The profile used when none is chosen: the general festival statement. */
    public static final String DEFAULT_ID = "festival-general";

    private static volatile List<DisclosureProfile> bundled;

    private DisclosureProfiles() {
    }

    /** Every bundled profile, in the order of {@code profiles.txt}. */
    public static List<DisclosureProfile> bundled() {
        List<DisclosureProfile> loaded = bundled;
        if (loaded == null) {
            try {
                loaded = load(new JsonDisclosureProfileFiles());
            } catch (ProjectFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            bundled = loaded;
        }
        return loaded;
    }

    public static Optional<DisclosureProfile> find(String id) {
        return bundled().stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    static List<DisclosureProfile> load(DisclosureProfileFiles files) throws ProjectFileException {
        List<DisclosureProfile> profiles = new ArrayList<>();
        for (String line : resource("profiles.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                profiles.add(files.parse(BundledFiles.read(FOLDER + name), name));
            }
        }
        return List.copyOf(profiles);
    }

    private static String resource(String name) throws ProjectFileException {
        return new String(BundledFiles.read(FOLDER + name), StandardCharsets.UTF_8);
    }
}
