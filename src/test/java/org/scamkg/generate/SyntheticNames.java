package org.scamkg.generate;

import java.util.List;
import java.util.Locale;

/**
 * Made-up names that read like romanised Khmer but are plainly generated: every person, firm,
 * casino and town name ends with a tag such as {@code -17} (the unit that made it) or
 * {@code -S4} (the shared pool), so none can be mistaken for a real person or business. The
 * syllables leave out the family names of the officials in the curated data.
 */
final class SyntheticNames {
    static final List<String> FAMILY = List.of(
            "Chan", "Keo", "Oum", "Nhem", "Pich", "Prak", "Som", "Tep", "Touch", "Vong", "Yim", "Mao", "Chea", "Kong",
            "Meas", "Nget", "Ouk", "Pen", "Ros", "Uch", "Yos", "Khiev", "Long", "Mom", "Nuon", "Phan", "Soeung", "Thach");
    static final List<String> GIVEN_FIRST = List.of(
            "So", "Da", "Vi", "Sa", "Pheak", "Mo", "Ro", "Cha", "Ka", "Ne", "Pi", "Ra", "Si", "Tha", "Va", "Bo", "Kim", "Ly");
    static final List<String> GIVEN_SECOND = List.of(
            "vann", "ra", "chet", "reth", "dey", "ny", "tha", "rith", "kanha", "vy", "phea", "sak", "nita", "mony", "ron",
            "leak", "vuth", "neath", "sophal", "rasmey");
    static final List<String> TOWN_FIRST = List.of(
            "Kan", "Sre", "Phum", "Trap", "Bos", "Pra", "Kra", "Chom", "Stung", "Ro", "Tuol", "Veal", "Prey", "O", "Ang");
    static final List<String> TOWN_SECOND = List.of(
            "thor", "ambel", "leap", "kor", "chey", "sla", "meas", "rong", "sen", "lvea", "kak", "thom", "touch", "preah");
    static final List<String> FIRM_ADJECTIVE = List.of(
            "Golden", "Jade", "Royal", "Silver", "Lucky", "Grand", "Crystal", "Oriental", "Diamond", "Emerald", "Ruby",
            "Imperial", "Eastern", "Bright", "Heavenly", "Sapphire");
    static final List<String> FIRM_NOUN = List.of(
            "Lotus", "Dragon", "Mekong", "Bay", "Star", "Crown", "Palace", "Harbour", "Horizon", "Tiger", "Phoenix", "River",
            "Fortune", "Orchid", "Pearl", "Summit");
    static final List<String> FIRM_TYPE = List.of(
            "Group", "Holdings", "Entertainment", "Investment", "Technology", "Development", "Trading", "Resorts");

    private SyntheticNames() {}

    /** A person: family name, then a two-syllable given name with the tag, "Keo Sovannrith-17". */
    record Person(String family, String given, String tag) {
        String full() { return family + " " + given + "-" + tag; }
        /** How an article names them the second time: the given name alone. */
        String shortName() { return given; }
        String slug() { return slugOf(full()); }
    }

    static Person person(Draws d, String tag) {
        return new Person(d.pick(FAMILY), d.pick(GIVEN_FIRST) + d.pick(GIVEN_SECOND), tag);
    }

    static String town(Draws d, String tag) {
        return d.pick(TOWN_FIRST) + d.pick(TOWN_SECOND) + "-" + tag;
    }

    /** "Golden Lotus Entertainment-17"; two firms of a unit differ in adjective and noun. */
    static String firm(Draws d, String tag, String firmType) {
        return d.pick(FIRM_ADJECTIVE) + " " + d.pick(FIRM_NOUN) + " " + firmType + "-" + tag;
    }

    static String casino(Draws d, String tag) {
        return d.pick(FIRM_ADJECTIVE) + " " + d.pick(FIRM_NOUN) + " Casino-" + tag;
    }

    /** Lower-case letters, digits and hyphens: the slug convention of docs/data.md. */
    static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
