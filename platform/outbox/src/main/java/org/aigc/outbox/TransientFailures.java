package org.aigc.outbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.aigc.contracts.MalformedEventException;

/**
 * Tells a failure of the infrastructure that may pass (the database restarting, failing over, out of connections, a
 * lock or serialization conflict) from one that will not (a record that breaks the contract, a bug). Walks the cause
 * chain, because Hibernate, Narayana and Agroal wrap the driver's {@link SQLException}.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return false; // poison stays poison, whatever it was wrapped in
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof TimeoutException) { // Agroal: "Acquisition timeout" is caused by a TimeoutException
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL SQLSTATEs worth another try (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
    static boolean transientState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08") // connection exception: refused, broken, failed over
                || state.startsWith("53") // insufficient resources: too many connections, out of memory, disk full
                || state.equals("40001") // serialization failure
                || state.equals("40P01") // deadlock detected
                || state.equals("55P03") // lock not available (lock_timeout)
                || state.equals("57014") // query canceled (statement_timeout)
                || state.equals("57P01") // admin shutdown
                || state.equals("57P02") // crash shutdown
                || state.equals("57P03"); // cannot connect now (starting up, in recovery)
    }
}
