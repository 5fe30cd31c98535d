package uk.nhs.smartcardportal.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Recognises a failure caused by the database being out of reach, as when it restarts, from any other fault. */
public final class DatabaseUnavailable {

    public static final String MESSAGE =
            "The portal cannot reach its database just now, so nothing was changed. " + "Please try again in a minute.";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || isConnectionState(cause)
                    || isFailedRollback(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A rollback fails only when the connection it would roll back on is gone; the change was not kept. */
    private static boolean isFailedRollback(Throwable cause) {
        return cause instanceof TransactionException && cause.getCause() instanceof SQLException;
    }

    /** SQL state class 08 is "connection exception", also when a rollback fails on a connection already lost. */
    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }
}
