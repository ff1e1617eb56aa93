package org.perfreview.intake.parse;

import java.util.function.Consumer;

/** Marks exceptions thrown by the caller's sink so they are not mistaken for a broken file. */
final class SinkGuard implements Consumer<ParsedTable> {

    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final Consumer<ParsedTable> sink;

    SinkGuard(Consumer<ParsedTable> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ParsedTable table) {
        try {
            sink.accept(table);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
