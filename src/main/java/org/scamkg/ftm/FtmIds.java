package org.scamkg.ftm;

import org.scamkg.vocab.FTM;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.scamkg.vocab.Ids;

/**
 * FollowTheMoney ids for our entities, the same on every run: {@code person/sar-sokha} becomes
 * {@code scamkg.person.sar-sokha} (FollowTheMoney ids allow letters, digits, dots and hyphens;
 * our slugs never hold a dot, so the mapping cannot collide). Entities an export makes up to
 * carry a link (ContractAward, UnknownLink, Documentation) get a SHA-1 of what they join, as
 * FollowTheMoney's own tools make ids. Imported entities keep their own ids.
 */
final class FtmIds {
    static final String PREFIX = "scamkg.";
    /** FollowTheMoney's limit on an entity id. */
    static final int MAX_LENGTH = 200;

    private FtmIds() {}

    /** The id of one of our IRIs or an imported entity's; empty for anything else. */
    static Optional<String> of(String iri) {
        Optional<String> imported = FTM.idOf(iri);
        if (imported.isPresent()) return imported;
        if (!iri.startsWith(Ids.ID)) return Optional.empty();
        String id = PREFIX + iri.substring(Ids.ID.length()).replace('/', '.');
        return Optional.of(id.length() <= MAX_LENGTH ? id : PREFIX + sha1(iri));
    }

    /** The id of an entity the export derives: {@code scamkg.<kind>.<sha1 of its parts>}. */
    static String derived(String kind, String... parts) {
        return PREFIX + kind + "." + sha1(String.join("\u001f", parts));
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
