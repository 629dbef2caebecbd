package org.scamkg.serve;

import java.net.URI;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;

/**
 * Stops the JSON-LD parser from fetching anything. A JSON-LD document may name its context by
 * URL ({@code "@context": "http://…"}); Jena's parser (Titanium) would then fetch that URL, or
 * read a {@code file:} path, while parsing an upload or a document sent to the validator. Every
 * parser made with Titanium's default options asks {@link SchemeRouter#defaultInstance()}, so
 * its http, https and file loaders are replaced, once, by one that refuses: the upload fails with
 * 400 and a message, and no request leaves the server. Contexts written inline still work.
 */
public final class OfflineJsonLd {
    private static boolean installed;

    private OfflineJsonLd() {}

    public static synchronized void install() {
        if (installed) return;
        SchemeRouter router = (SchemeRouter) SchemeRouter.defaultInstance();
        DocumentLoader refuse = OfflineJsonLd::refuse;
        for (String scheme : new String[] {"http", "https", "file"}) router.set(scheme, refuse);
        installed = true;
    }

    private static Document refuse(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "remote JSON-LD contexts are not fetched by this server (" + url + "): put the context inline");
    }
}
