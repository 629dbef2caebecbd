package org.scamkg.serve;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The formats the query API answers in, chosen by the Accept header, or by {@code format=}
 * (json, csv, tsv, html) for links that cannot set headers. SPARQL JSON when nothing is said.
 */
enum ResultFormat {
    JSON("application/sparql-results+json", "json"),
    CSV("text/csv", "csv"),
    TSV("text/tab-separated-values", "tsv"),
    HTML("text/html", "html");

    final String contentType;
    final String shortName;

    ResultFormat(String contentType, String shortName) {
        this.contentType = contentType;
        this.shortName = shortName;
    }

    private static final AcceptList OFFERED = AcceptList.create(JSON.contentType, CSV.contentType, TSV.contentType, HTML.contentType,
            "application/json");

    static ResultFormat choose(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            for (ResultFormat r : values()) if (r.shortName.equals(f)) return r;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return JSON;
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERED); // the constructor splits a header; create() would not
        if (m == null) return JSON;
        for (ResultFormat r : values()) if (r.contentType.equals(m.getContentTypeStr())) return r;
        return JSON; // application/json
    }
}
