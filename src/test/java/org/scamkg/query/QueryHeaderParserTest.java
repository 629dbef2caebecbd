package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryHeaderParserTest {
    @Test
    void headerIsTheYamlAfterHashPlus() {
        String q = "#+ summary: S\n#+ params:\n#+   n: {type: \"xsd:integer\", default: 3, doc: \"how many\"}\n#+ columns:\n#+   x: an x\nSELECT ?x { ?x ?p ?n }";
        QueryHeader h = QueryHeaderParser.parse("q.rq", q);
        assertEquals("S", h.summary());
        QueryParameter n = h.params().get("n");
        assertEquals("xsd:integer", n.type());
        assertEquals("3", n.defaultValue().orElseThrow());
        assertEquals("an x", h.columns().get("x"));
    }

    @Test
    void unknownKeyIsAnErrorNamingTheFile() {
        QueryFileException e = assertThrows(QueryFileException.class,
                () -> QueryHeaderParser.parse("q.rq", "#+ summary: S\n#+ colour: red\n#+ columns:\n#+   x: y\nSELECT * {}"));
        assertTrue(e.getMessage().startsWith("q.rq: header: unknown key 'colour'"), e.getMessage());
    }

    @Test
    void parameterOfUnknownTypeIsAnError() {
        assertThrows(QueryFileException.class, () -> QueryHeaderParser.parse("q.rq",
                "#+ summary: S\n#+ params:\n#+   n: {type: \"xsd:float\", doc: d}\n#+ columns:\n#+   x: y\nSELECT * {}"));
    }

    @Test
    void queryWithoutHeaderIsAnError() {
        assertThrows(QueryFileException.class, () -> QueryHeaderParser.parse("q.rq", "SELECT * {}"));
    }
}
