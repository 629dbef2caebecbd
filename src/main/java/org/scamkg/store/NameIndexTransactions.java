package org.scamkg.store;

import java.nio.ByteBuffer;

import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The name index's part in the store's transactions, in place of jena-text's own.
 *
 * <p>jena-text (5.6) enlists its Lucene index in every TDB2 transaction and rolls the index back
 * when any transaction aborts, a read transaction too. A read transaction aborts when its query
 * reaches the time limit (Fuseki aborts it, and so did Jena's {@code Txn}), so under load with
 * time-outs:
 * <ul>
 *   <li>two such rollbacks at once race on the one index writer (it is set to null, rolled back,
 *       reopened): one fails half-way through its transaction's abort, and the server thread is
 *       left marked as reading with no transaction behind the mark, so every later request on
 *       that thread failed with TDB2's "Not in a transaction" (the 10 M benchmark's mixed run);</li>
 *   <li>a reader's rollback during a load or an update threw away the names the writer had indexed
 *       so far: the name index missed names of data that was then committed.</li>
 * </ul>
 * Here only a write transaction commits or rolls back the index, so the index writer has one user
 * at a time, as TDB2 admits one writer at a time ({@code NameIndexTransactionsTest}).
 */
final class NameIndexTransactions extends TransactionalComponentExternal<ReadWrite> {
    /** The identifier jena-text's {@code DatasetGraphText} gives its component: this one takes its place. */
    private static final byte[] JENA_TEXT_COMPONENT = {2, 4, 6, 10};

    private final TextIndex index;

    private NameIndexTransactions(TextIndex index) {
        super(ComponentId.create(null, JENA_TEXT_COMPONENT));
        this.index = index;
    }

    /**
     * Puts this component in place of jena-text's for the name index of {@code dsg}, when it is a
     * text dataset over TDB2 (anything else is left as it is). Call before any transaction starts.
     */
    static void install(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!(d instanceof DatasetGraphText) && d instanceof DatasetGraphWrapper w) d = w.getWrapped();
        if (!(d instanceof DatasetGraphText text)) return;
        DatasetGraph base = text.getWrapped();
        if (!TDBInternal.isTDB2(base)) return;
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(base);
        NameIndexTransactions component = new NameIndexTransactions(text.getTextIndex());
        coordinator.modifyConfig(() -> {
            coordinator.removeExternal(component); // jena-text's, which has the same identifier
            coordinator.addExternal(component);
        });
    }

    @Override
    protected ReadWrite _begin(ReadWrite mode, TxnId txnId) { return mode; }

    @Override
    protected ReadWrite _promote(TxnId txnId, ReadWrite mode) { return ReadWrite.WRITE; }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) index.prepareCommit();
        return null;
    }

    @Override
    protected void _commit(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) index.commit();
    }

    @Override
    protected void _abort(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) index.rollback();
    }
}
