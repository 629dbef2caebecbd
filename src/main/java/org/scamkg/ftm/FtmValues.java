package org.scamkg.ftm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scamkg.common.DateValue;

/**
 * Checks a property value against its FollowTheMoney type, as FollowTheMoney's own types accept
 * them: dates are ISO 8601 prefixes ({@code 2021}, {@code 2021-02-16T21:48}); countries, languages,
 * genders and topics come from the model's closed lists; emails, URLs, numbers and IP addresses
 * have their usual form. Other types (names, strings, identifiers, addresses…) take any text.
 * A value that fails is kept verbatim by the import but not mapped into our ontology.
 */
public final class FtmValues {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?)?)?)?Z?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private FtmValues() {}

    /** Why {@code value} is not a valid value of {@code type}; empty when it is. */
    public static Optional<String> problem(String type, String value) {
        FtmSchemata model = FtmSchemata.get();
        return switch (type) {
            case "date" -> DATE.matcher(value).matches() && DateValue.parse(value.length() > 10 ? value.substring(0, 10) : value).isPresent()
                    ? Optional.empty() : Optional.of("not a date (an ISO 8601 prefix such as 2021, 2021-02 or 2021-02-16)");
            case "country", "language", "gender", "topic" -> model.values(type).contains(value.toLowerCase(Locale.ROOT))
                    ? Optional.empty() : Optional.of("not a " + type + " code of FollowTheMoney");
            case "email" -> EMAIL.matcher(value).matches() ? Optional.empty() : Optional.of("not an email address");
            case "number" -> NUMBER.matcher(value.strip()).matches() ? Optional.empty() : Optional.of("not a number");
            case "ip" -> IPV4.matcher(value).matches() || IPV6.matcher(value).matches() ? Optional.empty() : Optional.of("not an IP address");
            case "url" -> url(value) ? Optional.empty() : Optional.of("not a URL");
            default -> Optional.empty();
        };
    }

    private static boolean url(String value) {
        try {
            URI u = new URI(value.strip());
            return u.getScheme() != null && (u.getHost() != null || u.getScheme().equals("mailto"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
