package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLResultsJSONParser;
import org.eclipse.rdf4j.query.resultio.helpers.QueryResultCollector;
import org.junit.jupiter.api.Test;

/** The compact JSON results writer: the same answer as Jena's own writer, read back by Jena and by RDF4J. */
class CompactJsonResultsTest {
    private static final Var S = Var.alloc("s"), LABEL = Var.alloc("label"), N = Var.alloc("n"), QUOTED = Var.alloc("quoted");
    private static final Node IRI_NODE = NodeFactory.createURI("https://w3id.org/scamkg/id/org/ncct");
    private static final Node BLANK_A = NodeFactory.createBlankNode(), BLANK_B = NodeFactory.createBlankNode();
    private static final String AWKWARD = "\"Quoted\", back\\slash, tab\t, line\nbreak, \u0001 control, ខ្មែរ, emoji \uD83D\uDE00";

    /** Four rows with every kind of term a result holds, one variable left unbound in one row. */
    private static List<Binding> rows() {
        List<Binding> rows = new ArrayList<>();
        rows.add(row(IRI_NODE, NodeFactory.createLiteralString(AWKWARD), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createTripleTerm(Triple.create(IRI_NODE, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralLang("NCCT", "en")))));
        rows.add(row(BLANK_A, NodeFactory.createLiteralLang("គណៈកម្មាធិការ", "km"), NodeFactory.createLiteralDT("2025-07", XSDDatatype.XSDgYearMonth), null));
        rows.add(row(BLANK_B, NodeFactory.createLiteralDirLang("שלום", "he", TextDirection.RTL), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal), BLANK_A));
        rows.add(row(BLANK_A, NodeFactory.createLiteralString(""), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), null));
        return rows;
    }

    private static Binding row(Node s, Node label, Node n, Node quoted) {
        BindingBuilder b = BindingBuilder.create().add(S, s).add(LABEL, label).add(N, n);
        if (quoted != null) b.add(QUOTED, quoted);
        return b.build();
    }

    private static RowSet rowSet() {
        return RowSetStream.create(List.of(S, LABEL, N, QUOTED), rows().iterator());
    }

    private static byte[] compact() {
        return compact(rowSet());
    }

    private static byte[] compact(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompactJsonResults().write(out, rows, Context.create());
        return out.toByteArray();
    }

    private static RowSet readWithJena(byte[] json) {
        return RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(json), Context.create()).rewindable();
    }

    @Test
    void jenaReadsBackTheSameAnswerAsFromItsOwnWriter() {
        ByteArrayOutputStream jenaOut = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jenaOut, rowSet(), Context.create());
        byte[] ours = compact();

        assertTrue(ours.length < jenaOut.size(), "compact: " + ours.length + " bytes against Jena's " + jenaOut.size());
        RowSet fromOurs = readWithJena(ours);
        assertEquals(List.of(S, LABEL, N, QUOTED), fromOurs.getResultVars());
        // blank nodes compared up to renaming: the same node twice keeps one label, two nodes keep two
        assertTrue(ResultSetCompare.equalsByTermAndOrder(
                org.apache.jena.query.ResultSet.adapt(readWithJena(jenaOut.toByteArray())),
                org.apache.jena.query.ResultSet.adapt(fromOurs)), new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void everyTermKeepsItsKindLanguageDirectionAndDatatype() {
        List<Binding> back = new ArrayList<>();
        readWithJena(compact()).forEachRemaining(back::add);
        assertEquals(4, back.size());
        assertEquals(IRI_NODE, back.get(0).get(S));
        assertEquals(NodeFactory.createLiteralString(AWKWARD), back.get(0).get(LABEL));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), back.get(0).get(N));
        assertTrue(back.get(0).get(QUOTED).isTripleTerm());
        assertEquals(NodeFactory.createLiteralLang("NCCT", "en"), back.get(0).get(QUOTED).getTriple().getObject());
        assertEquals(NodeFactory.createLiteralLang("គណៈកម្មាធិការ", "km"), back.get(1).get(LABEL));
        assertFalse(back.get(1).contains(QUOTED), "an unbound variable stays unbound");
        assertEquals(NodeFactory.createLiteralDirLang("שלום", "he", TextDirection.RTL), back.get(2).get(LABEL));
        assertTrue(back.get(1).get(S).isBlank());
        assertEquals(back.get(1).get(S), back.get(3).get(S), "one blank node, one label");
        assertEquals(back.get(1).get(S), back.get(2).get(QUOTED), "one blank node, one label");
        assertNotEquals(back.get(1).get(S), back.get(2).get(S), "two blank nodes, two labels");
    }

    @Test
    void rdf4jReadsItAsSparqlJsonResults() throws Exception {
        // RDF4J 5.2 refuses "its:dir" (a literal's base direction, RDF 1.2), from Jena's writer as from this one
        List<Binding> withoutDirection = rows().stream().filter(b -> b.get(LABEL).getLiteralBaseDirection() == null).toList();
        QueryResultCollector collected = new QueryResultCollector();
        SPARQLResultsJSONParser parser = new SPARQLResultsJSONParser();
        parser.setQueryResultHandler(collected);
        parser.parseQueryResult(new ByteArrayInputStream(compact(RowSetStream.create(List.of(S, LABEL, N, QUOTED), withoutDirection.iterator()))));

        assertEquals(List.of("s", "label", "n", "quoted"), collected.getBindingNames());
        List<BindingSet> sets = collected.getBindingSets();
        assertEquals(3, sets.size());
        assertEquals(IRI_NODE.getURI(), ((IRI) sets.get(0).getValue("s")).stringValue());
        Literal awkward = (Literal) sets.get(0).getValue("label");
        assertEquals(AWKWARD, awkward.getLabel());
        assertEquals("http://www.w3.org/2001/XMLSchema#string", awkward.getDatatype().stringValue());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", ((Literal) sets.get(0).getValue("n")).getDatatype().stringValue());
        assertEquals("km", ((Literal) sets.get(1).getValue("label")).getLanguage().orElseThrow());
        assertTrue(sets.get(1).getValue("s") instanceof BNode);
        assertFalse(sets.get(1).hasBinding("quoted"));
    }

    @Test
    void askAnswersAreABooleanWithAnEmptyHead() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CompactJsonResults().write(out, answer, Context.create());
            assertEquals("{\"head\":{},\"boolean\":" + answer + "}\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(answer, org.apache.jena.riot.ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
        }
    }

    @Test
    void aWriterTargetGetsTheSameAnswer() {
        StringWriter w = new StringWriter();
        new CompactJsonResults().write(w, rowSet(), Context.create());
        assertTrue(ResultSetCompare.equalsByTermAndOrder(
                org.apache.jena.query.ResultSet.adapt(readWithJena(w.toString().getBytes(StandardCharsets.UTF_8))),
                org.apache.jena.query.ResultSet.adapt(readWithJena(compact()))), w.toString());
    }
}
