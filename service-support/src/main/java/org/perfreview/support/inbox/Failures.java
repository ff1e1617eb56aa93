package org.perfreview.support.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Tells a passing infrastructure failure (retry in place) from a bug or bad data (dead letter). */
public final class Failures {
    private Failures() {
    }

    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("53"))) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.contains("AcquisitionTimeout")
                    || name.endsWith("ConnectException")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Acquisition timeout") || message.contains("Connection refused")
                    || message.contains("This connection has been closed"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
