package org.scamkg.export;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link EntityGraph} as GEXF 1.3 (Gephi) or GraphML (Cytoscape, yEd, NetworkX):
 * nodes with label and kind, directed edges with label, property and graph. The XML writer
 * escapes every value.
 */
public final class NetworkWriter {
    private NetworkWriter() {}

    public static void gexf(EntityGraph g, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://gexf.net/1.3");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            element(w, "creator", "scamkg");
            element(w, "description", "Entities of the scamkg knowledge graph and the statements between them");
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            attributes(w, "node", new String[][] {{"kind", "kind"}});
            attributes(w, "edge", new String[][] {{"property", "property"}, {"graph", "graph"}});
            w.writeStartElement("nodes");
            for (EntityGraph.NodeRow n : g.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", n.label());
                w.writeStartElement("attvalues");
                attvalue(w, "kind", n.kind());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (EntityGraph.EdgeRow e : g.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + (i++));
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.label());
                w.writeStartElement("attvalues");
                attvalue(w, "property", e.property());
                attvalue(w, "graph", e.graph());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void graphml(EntityGraph g, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(w, "label", "node", "label");
            key(w, "kind", "node", "kind");
            key(w, "elabel", "edge", "label");
            key(w, "property", "edge", "property");
            key(w, "graph", "edge", "graph");
            w.writeStartElement("graph");
            w.writeAttribute("id", "scamkg");
            w.writeAttribute("edgedefault", "directed");
            for (EntityGraph.NodeRow n : g.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                data(w, "label", n.label());
                data(w, "kind", n.kind());
                w.writeEndElement();
            }
            int i = 0;
            for (EntityGraph.EdgeRow e : g.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + (i++));
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "elabel", e.label());
                data(w, "property", e.property());
                data(w, "graph", e.graph());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String cls, String[][] attrs) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (String[] a : attrs) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a[0]);
            w.writeAttribute("title", a[1]);
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter w, String attr, String value) throws XMLStreamException {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", attr);
        w.writeAttribute("value", value);
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
