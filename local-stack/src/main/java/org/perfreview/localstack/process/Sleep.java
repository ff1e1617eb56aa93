package org.perfreview.localstack.process;

/** Polling sleep that keeps the interrupt flag and turns interruption into an unchecked failure. */
public final class Sleep {
    private Sleep() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
