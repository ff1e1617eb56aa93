package org.perfreview.localstack.process;

import java.io.Closeable;
import java.io.IOException;

/**
 * A server of the stack (PostgreSQL, the Kafka broker, a service): started, stopped gracefully or killed like a
 * crash, and started again on the same port and data.
 */
public interface Server extends Closeable {

    void start() throws IOException;

    void stop();

    /** A crash: no graceful shutdown; {@link #start()} recovers the same data. */
    void kill();

    boolean isRunning();

    default void restart() throws IOException {
        stop();
        start();
    }

    @Override
    default void close() {
        stop();
    }
}
