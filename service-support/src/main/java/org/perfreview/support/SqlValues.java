package org.perfreview.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries, whichever Java type the JDBC driver and Hibernate hand back for them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
