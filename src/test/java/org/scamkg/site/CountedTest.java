package org.scamkg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 licence", Counted.of(1, "licence", "licences"));
        assertEquals("0 licences", Counted.of(0, "licence", "licences"));
        assertEquals("2 licences", Counted.of(2, "licence", "licences"));
        assertEquals("1,024 statements", Counted.of(1024, "statement", "statements"));
        assertEquals("person", Counted.noun(1, "person", "persons"));
    }
}
