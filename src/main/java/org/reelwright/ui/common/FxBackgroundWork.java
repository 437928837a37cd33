package org.reelwright.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s on one daemon thread. One thread keeps file operations in the order the user
 * asked for them (an open never overtakes the save before it) and a daemon thread never keeps the JVM alive.
 */
public final class FxBackgroundWork implements BackgroundWork {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reelwright-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private int running;

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        started(what);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            Throwable t = task.getException();
            onFailure.accept(t instanceof Exception ex ? ex : new RuntimeException(t));
        });
        executor.execute(task);
    }

    private void started(String what) {
        running++;
        busy.set(true);
        description.set(what);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            description.set("");
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }
}
