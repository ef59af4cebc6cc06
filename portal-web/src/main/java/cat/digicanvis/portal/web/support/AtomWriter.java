package cat.digicanvis.portal.web.support;

import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an Atom feed (RFC 4287) with StAX, which escapes every text; URLs are made absolute from the base. */
public final class AtomWriter {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final XMLStreamWriter w;
    private final String base;

    /** One entry: {@code html}, when given, was sanitised when written and goes as escaped text. */
    public record Entry(String title, String path, LocalDateTime published, LocalDateTime updated, String author,
                        List<String> categories, String summary, String html) {
    }

    /** Starts the feed: its title, its own address and the page it follows (paths of the portal). */
    public AtomWriter(Writer out, String base, String title, String self, String page, LocalDateTime updated,
                      String language) throws XMLStreamException {
        this.base = base;
        w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        if (language != null) {
            w.writeAttribute("xml:lang", language);
        }
        text("title", title);
        text("id", base + self);
        link("self", base + self);
        link("alternate", base + page);
        text("updated", time(updated));
    }

    public AtomWriter entry(Entry e) throws XMLStreamException {
        w.writeStartElement("entry");
        text("title", e.title());
        text("id", base + e.path());
        link("alternate", base + e.path());
        text("published", time(e.published()));
        text("updated", time(e.updated()));
        w.writeStartElement("author");
        text("name", e.author());
        w.writeEndElement();
        for (String c : e.categories()) {
            w.writeEmptyElement("category");
            w.writeAttribute("term", c);
        }
        if (e.summary() != null) {
            text("summary", e.summary());
        }
        if (e.html() != null) {
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeCharacters(e.html());
            w.writeEndElement();
        }
        w.writeEndElement();
        return this;
    }

    public void end() throws XMLStreamException {
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private static String time(LocalDateTime t) {
        // whole seconds: with fractions only on some entries, "…:05Z" and "…:05.5Z" would not sort as they happened
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(RFC3339);
    }

    private void text(String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private void link(String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
