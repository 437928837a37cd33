package org.reelwright.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work that may touch the disk or take longer than a frame off the FX thread, and reports back on it.
 * Tests use {@link #sameThread()} so flows stay deterministic.
 */
public interface BackgroundWork {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then called on the FX thread.
     *
     * @param description what is going on, shown next to the progress indicator
     */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** True while some work is running, for a progress indicator. */
    ReadOnlyBooleanProperty busyProperty();

    /** The description of the work running now, or empty. */
    ReadOnlyStringProperty descriptionProperty();

    static BackgroundWork sameThread() {
        return new SameThreadWork();
    }
}
