package org.scamkg.common;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/** Typed literals written the same way by every writer (the loader, the FtM import, the query layer). */
public final class Literals {
    private Literals() {}

    /** An {@code xsd:integer}, as day numbers and counts are stored. */
    public static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * A decimal in its canonical form ("368.0"), the form the store gives back: TDB2 keeps small
     * decimals inline, and a literal written as "368" would come back as "368.0" and then no
     * longer match the value the loader checked.
     */
    public static Literal decimal(BigDecimal v) {
        return ResourceFactory.createTypedLiteral(XSDFuncOp.canonicalDecimalStr(v), XSDDatatype.XSDdecimal);
    }
}
