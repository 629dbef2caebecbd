package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {
    private static QueryParameter p(String type) { return new QueryParameter("x", type, Optional.empty(), "doc", false); }

    @Test
    void integerIsBoundAsTypedLiteral() {
        Node n = ParameterBinder.terms(p("xsd:integer"), " 14 ").get("x");
        assertEquals("14", n.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDinteger, n.getLiteralDatatype());
    }

    @Test
    void dateKeepsItsPrecisionAndBindsItsDaySpan() {
        Map<String, Node> t = ParameterBinder.terms(p("xsd:date"), "2022-09");
        assertEquals(XSDDatatype.XSDgYearMonth, t.get("x").getLiteralDatatype());
        assertEquals("19236", t.get("x_first_day").getLiteralLexicalForm());
        assertEquals("19265", t.get("x_last_day").getLiteralLexicalForm());
    }

    @Test
    void shortFormAndFullIriResolveToTheSameIri() {
        Node a = ParameterBinder.terms(p("iri"), "person/sar-sokha").get("x");
        Node b = ParameterBinder.terms(p("iri"), "https://w3id.org/scamkg/id/person/sar-sokha").get("x");
        assertEquals("https://w3id.org/scamkg/id/person/sar-sokha", a.getURI());
        assertEquals(a, b);
    }

    @Test
    void hostileTextStaysALiteralOrIsRefused() {
        String hostile = "x\" } ; DROP ALL ; SELECT * { ?s ?p \"";
        Node s = ParameterBinder.terms(p("xsd:string"), hostile).get("x");
        assertTrue(s.isLiteral());
        assertEquals(hostile, s.getLiteralLexicalForm());
        assertThrows(ParameterException.class, () -> ParameterBinder.terms(p("iri"), "<http://a> } DROP ALL {"));
        assertThrows(ParameterException.class, () -> ParameterBinder.terms(p("xsd:integer"), "1; DROP ALL"));
    }

    @Test
    void malformedValuesAreRefusedWithTheirParameterName() {
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterBinder.terms(p("xsd:date"), "29/09/2022"));
        assertTrue(e.getMessage().startsWith("parameter 'x': '29/09/2022' is not a date"), e.getMessage());
        assertThrows(ParameterException.class, () -> ParameterBinder.terms(p("xsd:integer"), "ten"));
        assertThrows(ParameterException.class, () -> ParameterBinder.terms(p("iri"), "not an id"));
    }
}
