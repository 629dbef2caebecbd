package org.scamkg.store;

/** The store cannot be opened or written: a message for the user, not a stack trace. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
