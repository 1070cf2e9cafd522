package uk.registerly.server.http;

/**
 * What an error adds beside its code, message and server time (a push's per-event results, a roster
 * file's problems, a rate limit's wait): a record whose fields are written into the error body.
 */
public interface ErrorDetails {
}
