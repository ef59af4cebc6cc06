package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.TopicListView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.application.forum.TopicSummaryView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom feeds (RFC 4287) of the forum's public categories, read as an anonymous visitor would: the latest
 * topics ({@code /api/forum/feed}), a category's ({@code ?category=N}) and a topic's latest posts
 * ({@code ?topic=N}). Members-only categories have no feed (403).
 */
@Path("forum/feed")
@RequestScoped
public class ForumFeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    ForumService forum;
    @Inject
    PortalSettings settings;
    @Context
    HttpServletRequest request;

    @GET
    @Produces(ATOM)
    public String feed(@QueryParam("category") String category, @QueryParam("topic") String topic)
            throws XMLStreamException {
        if (topic != null && !topic.isBlank()) {
            return topic(ForumResource.id("topic", topic));
        }
        Long categoryId = category == null || category.isBlank() ? null : ForumResource.id("category", category);
        TopicListView list = forum.topics(Actor.ANONYMOUS, categoryId, TopicList.LATEST, TopicSort.CREATED, 1);
        Locale locale = Languages.resolve(request);
        String lang = locale.getLanguage();
        String title = Languages.text(locale, "forum.title")
                + (list.category() == null ? "" : " — " + list.category().name(lang));
        String self = "/api/forum/feed" + (categoryId == null ? "" : "?category=" + categoryId);
        String page = categoryId == null ? "/forum/index.xhtml" : "/forum/category.xhtml?id=" + categoryId;
        LocalDateTime updated = list.items().stream().map(TopicSummaryView::createdAt).max(LocalDateTime::compareTo)
                .orElse(LocalDateTime.of(2026, 1, 1, 0, 0));
        return feed(title, self, page, updated, w -> {
            for (TopicSummaryView t : list.items()) {
                entry(w, t.title(), "/forum/topic.xhtml?id=" + t.id(), t.createdAt(), t.lastPostAt(), t.authorName(),
                        t.category(lang), null);
            }
        });
    }

    private String topic(long id) throws XMLStreamException {
        // the last page: the latest posts
        TopicPageView v = forum.topic(Actor.ANONYMOUS, id, Integer.MAX_VALUE);
        return feed(v.topic().title(), "/api/forum/feed?topic=" + id, "/forum/topic.xhtml?id=" + id,
                v.topic().lastPostAt(), w -> {
                    for (int i = v.posts().size() - 1; i >= 0; i--) {
                        PostView p = v.posts().get(i);
                        entry(w, "#" + p.number() + " · " + p.authorName(), "/forum/post.xhtml?id=" + p.id(),
                                p.createdAt(), p.editedAt() == null ? p.createdAt() : p.editedAt(), p.authorName(), null,
                                p.html());
                    }
                });
    }

    interface Entries {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private String feed(String title, String self, String page, LocalDateTime updated, Entries entries)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(w, "title", title);
        text(w, "id", url(self));
        link(w, "self", url(self));
        link(w, "alternate", url(page));
        text(w, "updated", time(updated));
        entries.write(w);
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toString();
    }

    private void entry(XMLStreamWriter w, String title, String path, LocalDateTime published, LocalDateTime updated,
            String author, String category, String html) throws XMLStreamException {
        w.writeStartElement("entry");
        text(w, "title", title);
        text(w, "id", url(path));
        link(w, "alternate", url(path));
        text(w, "published", time(published));
        text(w, "updated", time(updated));
        w.writeStartElement("author");
        text(w, "name", author == null || author.isEmpty() ? Languages.text(Languages.resolve(request), "forum.formerMember") : author);
        w.writeEndElement();
        if (category != null) {
            w.writeEmptyElement("category");
            w.writeAttribute("term", category);
        }
        if (html != null) {
            // the post's HTML was sanitised when written; the writer escapes it as text
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeCharacters(html);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private String url(String path) {
        return settings.baseUrl() + path;
    }

    private static String time(LocalDateTime t) {
        return t.atOffset(ZoneOffset.UTC).format(RFC3339);
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
