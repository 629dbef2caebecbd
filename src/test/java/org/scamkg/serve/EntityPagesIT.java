package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.site.Counted;
import org.scamkg.vocab.Ids;

/**
 * An entity's page keeps its growing sections short: the busiest claimant's page shows the first
 * claims it made with their total and a link to the section's own view, whose pages, followed by
 * their next links, show every claim once; the linked-data forms still describe the whole entity.
 */
class EntityPagesIT {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception { server = TestServer.start(dir, o -> o); }

    @AfterAll
    static void stop() { server.close(); }

    /** The entity that made the most claims, and how many (distinct claims). */
    static String[] busiestClaimant() throws Exception {
        HttpResponse<String> r = server.query("SELECT ?e (COUNT(DISTINCT ?c) AS ?n) { ?c <https://w3id.org/scamkg/ontology#claimant> ?e }"
                + " GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1");
        JsonNode b = new ObjectMapper().readTree(r.body()).path("results").path("bindings").get(0);
        return new String[] {b.path("e").path("value").asText(), b.path("n").path("value").asText()};
    }

    static String unescape(String s) { return s.replace("&#x3D;", "=").replace("&amp;", "&"); }

    static Set<String> claimLinks(String html) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("<div class=\"claim\">\\s*<a href=\"(/id/claim/[^\"]+)\"").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theBusiestClaimantsPageShowsTheFirstClaimsAndTheRestInPages() throws Exception {
        String[] busiest = busiestClaimant();
        String path = "/" + busiest[0].substring(Ids.BASE.length());
        int claims = Integer.parseInt(busiest[1]);
        assertTrue(claims > 20, "the busiest claimant has more claims than the page shows: " + claims);
        HttpResponse<String> page = server.send(server.request(path, null).header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        String total = Counted.of(claims, "claim it made", "claims it made");
        assertTrue(page.body().contains("Showing the first 20 of " + total), page.body());
        assertEquals(20, claimLinks(page.body().substring(page.body().indexOf("<h2>What it said</h2>"), page.body().indexOf("id=\"more-claims_madeMore\""))).size());
        Matcher more = Pattern.compile("id=\"more-claims_madeMore\">[^<]*<a href=\"([^\"]+)\"").matcher(page.body());
        assertTrue(more.find(), page.body());

        Set<String> seen = new HashSet<>();
        String next = unescape(more.group(1));
        assertEquals(path + "?section=claims-made", next);
        int pages = 0;
        while (next != null) {
            HttpResponse<String> p = server.send(server.request(next, null).header("Accept", "text/html"));
            assertEquals(200, p.statusCode(), p.body());
            assertTrue(p.body().contains("<span id=\"section-total\">" + total + "</span>"), p.body());
            assertFalse(p.body().contains("<h2>Facts</h2>"), "a section's view shows that section alone");
            Set<String> here = claimLinks(p.body());
            for (String c : here) assertTrue(seen.add(c), "a claim on two pages: " + c);
            Matcher n = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(p.body());
            next = n.find() ? unescape(n.group(1)) : null;
            pages++;
        }
        assertEquals(claims, seen.size(), "every claim it made, each once");
        assertEquals((claims + 99) / 100, pages);

        // its linked data is the whole entity, not a page
        HttpResponse<String> nt = server.get(path + ".nt");
        long claimTriples = nt.body().lines().filter(l -> l.contains("ontology#claimant> <" + busiest[0] + ">")).count();
        assertTrue(claimTriples >= claims, "N-Triples name every claim it made: " + claimTriples);
    }

    @Test
    void aForeignOrBadCursorOrAnUnknownSectionIs400() throws Exception {
        String path = "/" + busiestClaimant()[0].substring(Ids.BASE.length());
        HttpResponse<String> first = server.send(server.request(path + "?section=claims-made", null).header("Accept", "text/html"));
        Matcher n = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first.body());
        String cursor = n.find() ? unescape(n.group(1)).replaceFirst(".*cursor=", "") : "YzEuMS4wMDAwMDAwMDAwMDAwMDAw";
        HttpResponse<String> other = server.send(server.request(path + "?section=facts&cursor=" + cursor, null).header("Accept", "text/html"));
        assertEquals(400, other.statusCode());
        assertTrue(other.body().contains("belongs to another question"), other.body());
        HttpResponse<String> unknown = server.send(server.request(path + "?section=everything", null).header("Accept", "text/html"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("is not a section of an entity"), unknown.body());
    }
}
