package org.reelwright.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work where only the newest request counts: a panel recomputes on every edit, and a result (or failure)
 * that arrives after a newer request was made is dropped, so an old estimate never overwrites a newer one. Call it
 * from the FX thread only.
 */
public final class LatestOnly {
    private final BackgroundWork work;
    private long latest;

    public LatestOnly(BackgroundWork work) {
        this.work = work;
    }

    /** Runs {@code job}; the callbacks run only if no newer request (or {@link #cancel}) came meanwhile. */
    public <T> void run(String description, Callable<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        long ticket = ++latest;
        work.run(description, job, result -> {
            if (ticket == latest) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (ticket == latest) {
                onFailure.accept(failure);
            }
        });
    }

    /** Drops the results of work still running (there is nothing to show them for any more). */
    public void cancel() {
        latest++;
    }
}
