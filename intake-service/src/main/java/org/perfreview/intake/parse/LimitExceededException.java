package org.perfreview.intake.parse;

import java.io.IOException;

/**
 * A reader limit was crossed deep inside a parser callback. It is an IOException so it passes through POI and
 * SAX unchanged; {@link TableReader} turns it into {@link UnreadableFileException.Category#TOO_LARGE}.
 */
public class LimitExceededException extends IOException {

    public LimitExceededException(String message) {
        super(message);
    }
}
