package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scamkg.query.NameSearch;
import org.scamkg.vocab.Ids;

/** The name search's page: the form, and the entities found, each by its name with its kind and the name that matched. */
public final class SearchPage {
    private SearchPage() {}

    record Hit(String label, String href, String kinds, String matched) {}

    public static String render(String query, List<NameSearch.Hit> hits, String error) {
        Map<String, Object> m = Site.page(query.isBlank() ? "Search" : "Names like “" + query + "”");
        m.put("q", query);
        m.put("error", error);
        List<Hit> out = new ArrayList<>();
        for (NameSearch.Hit h : hits)
            out.add(new Hit(h.label().isEmpty() ? Ids.shortForm(h.entity()) : h.label(), Labels.href(h.entity()),
                    String.join(", ", h.kinds().stream().map(Labels::fallback).toList()), h.matched()));
        m.put("hits", out);
        m.put("none", !query.isBlank() && error.isEmpty() && hits.isEmpty());
        return Templates.render("search", m);
    }
}
