package uk.registerly.app.data.journal;

/**
 * A fact the device refuses before writing it, because the server would reject it (a closed
 * session, an arrival after the school day, an amendment without a signature...). The message is
 * written for the person at the screen.
 */
public class NotRecordableException extends IllegalStateException {
    public NotRecordableException(String message) {
        super(message);
    }
}
