package uk.registerly.rules.cli;

/** Bad scenario input; the message is the whole line printed: the field's path, then what is wrong. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String path, String problem) {
        super(path + ": " + problem);
    }
}
