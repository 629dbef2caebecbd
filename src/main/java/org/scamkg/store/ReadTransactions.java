package org.scamkg.store;

import java.util.function.Supplier;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Transactional;

/**
 * Read transactions that nest: a call inside a transaction already open on this thread joins
 * it, and a transaction is ended only by the call that began it, whatever its action throws.
 *
 * <p>Jena's {@code Txn.calculateRead} (and {@code Dataset.calculateRead}) joins an open
 * transaction too, but when its action throws it aborts and ends that transaction although it
 * belongs to the caller. The caller's own clean-up then fails ("Not in an active transaction")
 * and stops half-way: jena-text's dataset keeps a per-thread mark that the thread is reading, so
 * every later request served by that server thread ran its queries outside any transaction and
 * failed with TDB2's "Not in a transaction". A page whose query reached the time limit (its
 * queries run inside the page's own read transaction) poisoned a server thread that way in the
 * 10 M benchmark ({@code ReadTransactionsTest}).
 */
public final class ReadTransactions {
    private ReadTransactions() {}

    /** {@code action}'s value, computed inside a read transaction (this thread's open one, if any). */
    public static <T> T calculate(Transactional txn, Supplier<T> action) {
        if (txn.isInTransaction()) return action.get(); // the caller's: the caller ends it
        txn.begin(TxnType.READ);
        try {
            return action.get();
        } finally {
            txn.end(); // a read transaction has nothing to commit or roll back
        }
    }

    /** Runs {@code action} inside a read transaction (this thread's open one, if any). */
    public static void execute(Transactional txn, Runnable action) {
        calculate(txn, () -> {
            action.run();
            return null;
        });
    }
}
