package org.reelwright.cli;

/**
 * The computer, not the input, stopped a command: the disk is full, the folder or file may not be written, the file
 * system failed. PRODUCT.md's contract gives it exit code 1 (2 is for bad input only); the message says what to do.
 */
public final class CliEnvironmentException extends Exception {
    public CliEnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
