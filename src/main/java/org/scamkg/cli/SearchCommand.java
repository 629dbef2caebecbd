package org.scamkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.scamkg.query.NameSearch;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.KgStore;
import org.scamkg.vocab.Ids;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg search}: find entities by name or alias. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find people, organisations, places and other entities by any of their names or aliases, "
                + "in any language, ignoring case and diacritics.",
                "Each word matches the start of a name word.",
                "With --sparql URL, searches that external SPARQL 1.1 endpoint instead, over the folded names the loader writes "
                        + "(no full-text index there: entities only, ranked whole name first)."})
final class SearchCommand implements Runnable {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "words of the name")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "most entities to list (default: ${DEFAULT-VALUE}, at most 100)")
    int limit;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<EndpointEngine> external = engine.engine(data.layout());
        Optional<RemoteStore> server = external.isPresent() ? Optional.empty() : store.runningServer();
        if (external.isPresent()) print(out, new NameSearch(external.get().dataset(), 30_000).search(String.join(" ", words), limit));
        else if (server.isPresent()) print(out, server.get().search(String.join(" ", words), limit));
        else try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmpty(s, data.layout(), spec.commandLine().getErr());
            print(out, new NameSearch(s.dataset(), 30_000).search(String.join(" ", words), limit));
        }
        out.flush();
    }

    private void print(PrintWriter out, List<NameSearch.Hit> hits) {
            if (hits.isEmpty()) out.println("no entity has a name like '" + String.join(" ", words) + "'");
            for (NameSearch.Hit h : hits)
                out.printf("%-55s %-40s matched \"%s\"%n", Ids.shortForm(h.entity()), h.label(), h.matched());
    }
}
