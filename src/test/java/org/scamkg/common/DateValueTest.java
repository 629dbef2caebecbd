package org.scamkg.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class DateValueTest {
    @Test
    void monthStaysAMonthAndSpansItsDays() {
        DateValue d = DateValue.parse("2022-09").orElseThrow();
        assertEquals(DateValue.Precision.MONTH, d.precision());
        assertEquals(XSDDatatype.XSDgYearMonth, d.datatype());
        assertEquals("2022-09", d.literal().getLexicalForm());
        assertEquals(LocalDate.of(2022, 9, 1).toEpochDay(), d.firstDay());
        assertEquals(LocalDate.of(2022, 9, 30).toEpochDay(), d.lastDay());
    }

    @Test
    void yearSpansTheWholeYearAndDayIsOneDay() {
        DateValue y = DateValue.parse("2024").orElseThrow();
        assertEquals(XSDDatatype.XSDgYear, y.datatype());
        assertEquals(365, y.lastDay() - y.firstDay()); // 2024 is a leap year: 366 days
        DateValue d = DateValue.parse("2022-09-29").orElseThrow();
        assertEquals(XSDDatatype.XSDdate, d.datatype());
        assertEquals(d.firstDay(), d.lastDay());
        assertEquals(19264, d.firstDay());
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), DateValue.parse("2024-02").orElseThrow().lastDay());
    }

    @Test
    void malformedAndImpossibleDatesAreRefused() {
        for (String bad : new String[] {"29/09/2022", "2022-9", "2022-13", "2022-02-30", "22", "2022-09-29T10:00", "", "Sept 2022"})
            assertTrue(DateValue.parse(bad).isEmpty(), bad);
    }
}
