package dev.opstracker.bootstrap.cli;

/**
 * How the command line reaches the API: in memory over its own data directory ({@link LocalTransport}), or over
 * HTTP to a running server ({@link RemoteTransport}). Every command goes through one of these, so both give the
 * same answers to the same commands.
 */
public interface ApiTransport extends AutoCloseable {

    /**
     * Sends {@code call} with this transport's credentials and returns the answer, whatever its status.
     *
     * @throws CliFailure when the API could not be reached at all
     */
    ApiReply send(ApiCall call);

    /** What the commands act on, for messages: the data directory or the server's address. */
    String describe();

    @Override
    void close();
}
