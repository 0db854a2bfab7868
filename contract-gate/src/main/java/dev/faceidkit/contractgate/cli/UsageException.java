package dev.faceidkit.contractgate.cli;

/** A command line that cannot be run: exit status 2, one line on stderr, no stack trace. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
