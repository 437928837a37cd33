package org.reelwright.store.sqlite;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log for the workspace: warnings and errors go to java.util.logging (the one logging library the
 * application ships), the step-by-step INFO chatter of a migration does not, so the command line's standard error
 * stays clean on the first start after an upgrade. Failures reach the user anyway, as exceptions turned into
 * messages. Public only because Flyway instantiates it by class name ({@link SchemaMigrations#flyway}).
 */
public final class FlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> source) {
        Logger logger = Logger.getLogger(source.getName());
        return new Log() {
            @Override
            public void debug(String message) {
                // Dropped: see the class comment.
            }

            @Override
            public void info(String message) {
                // Dropped: see the class comment.
            }

            @Override
            public void notice(String message) {
                // Dropped: Flyway's notices advertise its paid editions.
            }

            @Override
            public void warn(String message) {
                logger.warning(message);
            }

            @Override
            public void error(String message) {
                logger.severe(message);
            }

            @Override
            public void error(String message, Exception cause) {
                logger.log(Level.SEVERE, message, cause);
            }
        };
    }
}
