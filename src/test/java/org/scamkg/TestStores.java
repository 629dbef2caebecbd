package org.scamkg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.scamkg.store.KgStore;

/** A store's whole content in a form tests compare: equal lists mean equal content. */
public final class TestStores {
    private TestStores() {}

    /** Every quad of the store as sorted N-Quads. */
    public static List<String> content(KgStore store) {
        return store.dataset().calculateRead(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, store.dataset().asDatasetGraph(), Lang.NQUADS);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return List.of(lines);
        });
    }

    public static List<String> content(Path storeDir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, storeDir)) {
            return content(store);
        }
    }
}
