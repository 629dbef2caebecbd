package org.scamkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the scamkg ontology ({@code ontology/scamkg.ttl}), one constant per term.
 * Follows the layout of Jena's own vocabulary classes: namespace, classes, properties.
 */
public final class SKG {
    public static final String NS = "https://w3id.org/scamkg/ontology#";

    private SKG() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Attestation = resource("Attestation");
    public static final Resource Casino = resource("Casino");
    public static final Resource Claim = resource("Claim");
    public static final Resource Company = resource("Company");
    public static final Resource Compound = resource("Compound");
    public static final Resource DerivedGraph = resource("DerivedGraph");
    public static final Resource DerivedRaidGrantLink = resource("DerivedRaidGrantLink");
    public static final Resource Event = resource("Event");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Holding = resource("Holding");
    public static final Resource Infrastructure = resource("Infrastructure");
    public static final Resource InternationalBody = resource("InternationalBody");
    public static final Resource Licence = resource("Licence");
    public static final Resource Link = resource("Link");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource NonGovernmentalOrganisation = resource("NonGovernmentalOrganisation");
    public static final Resource PoliticalParty = resource("PoliticalParty");
    public static final Resource Relation = resource("Relation");
    public static final Resource Site = resource("Site");
    public static final Resource Venue = resource("Venue");

    // Properties
    public static final Property relationType = property("relationType");
    public static final Property relationTo = property("relationTo");
    public static final Property relationFrom = property("relationFrom");
    public static final Property reason = property("reason");
    public static final Property normalisedName = property("normalisedName");
    public static final Property linkedTo = property("linkedTo");
    public static final Property linkedEntity = property("linkedEntity");
    public static final Property ftmId = property("ftmId");
    public static final Property countryCode = property("countryCode");
    public static final Property confirmedBy = property("confirmedBy");
    public static final Property about = property("about");
    public static final Property agent = property("agent");
    public static final Property approximation = property("approximation");
    public static final Property attestedOn = property("attestedOn");
    public static final Property attests = property("attests");
    public static final Property breakdownOf = property("breakdownOf");
    public static final Property claimant = property("claimant");
    public static final Property country = property("country");
    public static final Property date = property("date");
    public static final Property disputes = property("disputes");
    public static final Property duration = property("duration");
    public static final Property endDate = property("endDate");
    public static final Property endDay = property("endDay");
    public static final Property eventType = property("eventType");
    public static final Property firstDay = property("firstDay");
    public static final Property followedBy = property("followedBy");
    public static final Property holder = property("holder");
    public static final Property issuer = property("issuer");
    public static final Property lastDay = property("lastDay");
    public static final Property licence = property("licence");
    public static final Property licenceType = property("licenceType");
    public static final Property licensedSite = property("licensedSite");
    public static final Property licensee = property("licensee");
    public static final Property localFile = property("localFile");
    public static final Property personCount = property("personCount");
    public static final Property derivedTotalsFigure = property("derivedTotalsFigure");
    public static final Property derivedDiffersFrom = property("derivedDiffersFrom");
    public static final Property derivedNeighbourOf = property("derivedNeighbourOf");
    public static final Property derivedRaid = property("derivedRaid");
    public static final Property derivedRaidDating = property("derivedRaidDating");
    public static final Property derivedFirm = property("derivedFirm");
    public static final Property derivedLicence = property("derivedLicence");
    public static final Property derivedGrant = property("derivedGrant");
    public static final Property derivedGrantDating = property("derivedGrantDating");
    public static final Property derivedMinDays = property("derivedMinDays");
    public static final Property derivedMaxDays = property("derivedMaxDays");
    public static final Property organisationCount = property("organisationCount");
    public static final Property eventCount = property("eventCount");
    public static final Property claimCount = property("claimCount");
    public static final Property maxValue = property("maxValue");
    public static final Property measure = property("measure");
    public static final Property minValue = property("minValue");
    public static final Property nameAsWritten = property("nameAsWritten");
    public static final Property occasion = property("occasion");
    public static final Property operator = property("operator");
    public static final Property partOf = property("partOf");
    public static final Property periodDescription = property("periodDescription");
    public static final Property derivation = property("derivation");
    public static final Property severalHolders = property("severalHolders");
    public static final Property periodEnd = property("periodEnd");
    public static final Property periodFirstDay = property("periodFirstDay");
    public static final Property periodLastDay = property("periodLastDay");
    public static final Property periodStart = property("periodStart");
    public static final Property place = property("place");
    public static final Property post = property("post");
    public static final Property presidedBy = property("presidedBy");
    public static final Property quote = property("quote");
    public static final Property scope = property("scope");
    public static final Property site = property("site");
    public static final Property speaker = property("speaker");
    public static final Property startDate = property("startDate");
    public static final Property startDay = property("startDay");
    public static final Property statedOn = property("statedOn");
    public static final Property statedTo = property("statedTo");
    public static final Property statement = property("statement");
    public static final Property subgroup = property("subgroup");
    public static final Property subject = property("subject");
    public static final Property theme = property("theme");
    public static final Property unit = property("unit");
    public static final Property value = property("value");
    public static final Property valueInWords = property("valueInWords");

    public static final Property firstSeen = property("firstSeen");
    public static final Property lastSeen = property("lastSeen");

    // kinds: annotations on classes, read by Kinds
    public static final Property idSegment = property("idSegment");
    public static final Property kindWord = property("kindWord");
    public static final Property collection = property("collection");
    public static final Property collectionOrder = property("collectionOrder");
    public static final Property displayName = property("displayName");
    public static final Property ftmSchema = property("ftmSchema");
}
