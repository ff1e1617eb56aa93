package org.perfreview.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Loopback port helpers: every process of the stack binds 127.0.0.1 only. */
public final class Ports {
    private Ports() {
    }

    /** A port that was free a moment ago (the usual race applies; callers bind soon after). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** True when something accepts connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until nothing listens on the port any more; false on timeout. */
    public static boolean awaitClosed(int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (isListening(port)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Sleep.millis(100);
        }
        return true;
    }
}
