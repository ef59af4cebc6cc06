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
import cat.digicanvis.portal.web.support.AtomWriter;
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
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds (RFC 4287) of the forum's public categories, read as an anonymous visitor would: the latest
 * topics ({@code /api/forum/feed}), a category's ({@code ?category=N}) and a topic's latest posts
 * ({@code ?topic=N}). Members-only categories have no feed (403).
 */
@Tag(name = "forum")
@Path("forum/feed")
@RequestScoped
public class ForumFeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    ForumService forum;
    @Inject
    PortalSettings settings;
    @Context
    HttpServletRequest request;

    @Operation(summary = "Atom feed of the forum's public topics, a category's, or a topic's posts")
    @Parameters({
        @Parameter(name = "category", in = ParameterIn.QUERY, description = "A category's id", example = "1"),
        @Parameter(name = "topic", in = ParameterIn.QUERY, description = "A topic's id (its latest posts)", example = "3")})
    @APIResponse(responseCode = "200", description = "An Atom feed (RFC 4287)")
    @APIResponse(responseCode = "403", description = "A members-only category")
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
        void write(AtomWriter w) throws XMLStreamException;
    }

    private String feed(String title, String self, String page, LocalDateTime updated, Entries entries)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        AtomWriter w = new AtomWriter(out, settings.baseUrl(), title, self, page, updated, null);
        entries.write(w);
        w.end();
        return out.toString();
    }

    private void entry(AtomWriter w, String title, String path, LocalDateTime published, LocalDateTime updated,
            String author, String category, String html) throws XMLStreamException {
        w.entry(new AtomWriter.Entry(title, path, published, updated,
                author == null || author.isEmpty() ? Languages.text(Languages.resolve(request), "forum.formerMember") : author,
                category == null ? java.util.List.of() : java.util.List.of(category), null, html));
    }
}
