package org.reelwright.cli;

/** Bad input on the command line (a file that cannot be read, a wrong value): exit code 2 with the message. */
public final class CliInputException extends Exception {
    public CliInputException(String message) {
        super(message);
    }
}
