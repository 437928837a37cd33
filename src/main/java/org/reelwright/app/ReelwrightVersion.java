package org.reelwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made from, written into {@code version.properties} by Maven's resource filtering. */
public final class ReelwrightVersion {
    private ReelwrightVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = ReelwrightVersion.class.getResourceAsStream("/org/reelwright/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
