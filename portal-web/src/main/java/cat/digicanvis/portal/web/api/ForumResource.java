package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.PostedView;
import cat.digicanvis.portal.application.forum.TopicDraft;
import cat.digicanvis.portal.application.forum.TopicListView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.application.forum.TopicSummaryView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The forum for API clients: categories, topic lists, a topic's pages with their posts as sanitised HTML,
 * and writing (a new topic, a reply) with the session cookie and {@code X-CSRF-Token} like every other write.
 * The same rules and limits as the pages apply: 400, 403, 404, 409 and 429 (with Retry-After), with messages
 * in the caller's language.
 */
@Tag(name = "forum")
@Path("forum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

    public record CategoryJson(long id, String slug, String name, String description, long topics, long posts,
            LocalDateTime lastActivity, boolean membersOnly, boolean mayStart, String area) {
    }

    public record TopicJson(long id, String title, long category, String categoryName, String author,
            LocalDateTime createdAt, LocalDateTime lastPostAt, String lastPoster, int replies, boolean closed,
            String pinned, boolean answered, Long sheet, int unread, boolean demo, String url) {
    }

    public record TopicsJson(long total, int page, int pages, String list, String sort, List<TopicJson> items) {
    }

    public record QuoteJson(long post, Integer number, String author) {
    }

    public record PostJson(long id, int number, String author, String html, LocalDateTime createdAt,
            LocalDateTime editedAt, int likes, boolean accepted, QuoteJson quote, String url) {
    }

    public record TopicPageJson(TopicJson topic, int page, int pages, long totalPosts, List<PostJson> posts,
            boolean mayReply) {
    }

    public record NewTopic(String category, String sheet, String title, String body) {
    }

    public record NewPost(String body, String quote) {
    }

    public record PostedJson(long topic, long post, int number, int page, boolean pending, String url) {
    }

    public record DigestJson(String frequency, int recipients, int mails, int notifications, long millis) {
    }

    @Inject
    ForumService forum;
    @Inject
    cat.digicanvis.portal.application.forum.ForumModerationService moderation;
    @Inject
    AccountService accounts;
    @Context
    HttpServletRequest request;

    private Actor actor() {
        return Sessions.actor(request, accounts);
    }

    private String language() {
        return Languages.resolve(request).getLanguage();
    }

    @Operation(summary = "Forum categories the caller may read")
    @APIResponse(responseCode = "200", description = "The categories, in their order", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "categories", value = "[{\"id\": 1,"
                    + " \"name\": \"General\", \"topics\": 12}]")))
    @GET
    @Path("categories")
    public List<CategoryJson> categories() {
        String lang = language();
        return forum.categories(actor()).stream().map(c -> category(c, lang)).toList();
    }

    @Operation(summary = "Topics, newest or most active first")
    @Parameters({
        @Parameter(name = "category", in = ParameterIn.QUERY, description = "A category's id", example = "1"),
        @Parameter(name = "list", in = ParameterIn.QUERY, description = "latest, unanswered, top", example = "latest"),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "activity or created", example = "activity"),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1", example = "1")})
    @APIResponse(responseCode = "200", description = "A page of topics", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "topics", value = "{\"items\": [{\"id\": 3, \"title\": \"Algú ha digitalitzat el padró?\"}]}")))
    @APIResponse(responseCode = "400", description = "An unknown value")
    @GET
    @Path("topics")
    public TopicsJson topics(@QueryParam("category") String category, @QueryParam("list") String list,
            @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Long categoryId = category == null || category.isBlank() ? null : id("category", category);
        TopicList l = list == null || list.isBlank() ? TopicList.LATEST : Codes.parse(TopicList.class, list)
                .orElseThrow(() -> bad("list"));
        TopicSort s = sort == null || sort.isBlank() ? TopicSort.ACTIVITY : Codes.parse(TopicSort.class, sort)
                .orElseThrow(() -> bad("sort"));
        TopicListView v = forum.topics(actor(), categoryId, l, s, page(page));
        String lang = language();
        return new TopicsJson(v.total(), v.page(), v.pages(), Codes.code(v.list()), Codes.code(v.sort()),
                v.items().stream().map(t -> topic(t, lang)).toList());
    }

    @Operation(summary = "A topic with a page of its posts")
    @APIResponse(responseCode = "200", description = "The topic and its posts", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "topic", value = "{\"topic\": {\"id\": 3}, \"posts\": [{\"number\": 1, \"html\": \"<p>Hola</p>\"}]}")))
    @APIResponse(responseCode = "404", description = "No topic the caller may read has that id")
    @GET
    @Path("topics/{id}")
    public TopicPageJson topic(@PathParam("id") String id, @QueryParam("page") String page) {
        TopicPageView v = forum.topic(actor(), id("id", id), page(page));
        return new TopicPageJson(topic(v.topic(), language()), v.page(), v.pages(), v.totalPosts(),
                v.posts().stream().map(this::post).toList(), v.mayReply());
    }

    @Operation(summary = "Start a topic (signed in, with the CSRF token)")
    @APIResponse(responseCode = "201", description = "Created; Location names the topic")
    @APIResponse(responseCode = "400", description = "A title or text out of bounds; the message says which")
    @APIResponse(responseCode = "403", description = "Not signed in, or not allowed in that category")
    @APIResponse(responseCode = "429", description = "Too soon after the caller's last topic")
    @POST
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewTopic t) {
        if (t == null) {
            throw new RuleViolationException(Violation.of("postBody", "validation.required"));
        }
        Long sheet = t.sheet() == null || t.sheet().isBlank() ? null : id("sheet", t.sheet());
        Long category = sheet != null || t.category() == null || t.category().isBlank() ? null : id("category", t.category());
        return created(forum.startTopic(actor(), new TopicDraft(category, sheet, t.title(), t.body())));
    }

    @Operation(summary = "Reply to a topic (signed in, with the CSRF token)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A text out of bounds")
    @APIResponse(responseCode = "403", description = "Not signed in, or the topic is closed to the caller")
    @APIResponse(responseCode = "429", description = "Too soon after the caller's last post")
    @POST
    @Path("topics/{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, NewPost p) {
        if (p == null) {
            throw new RuleViolationException(Violation.of("postBody", "validation.required"));
        }
        Long quote = p.quote() == null || p.quote().isBlank() ? null : id("quote", p.quote());
        return created(forum.reply(actor(), id("id", id), p.body(), quote));
    }

    /**
     * Administrators: build and send the daily or weekly digest now ({@code ?frequency=daily|weekly}); answers
     * how many people had news, how many mails went out, and how long building them took.
     */
    @Operation(summary = "Send the forum digests now (administrators)")
    @Parameters(@Parameter(name = "frequency", in = ParameterIn.QUERY, description = "DAILY or WEEKLY", example = "DAILY"))
    @APIResponse(responseCode = "200", description = "How many digests went out")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("digests")
    public DigestJson digests(@QueryParam("frequency") String frequency) {
        cat.digicanvis.portal.domain.model.forum.MailFrequency f = "weekly".equalsIgnoreCase(frequency)
                ? cat.digicanvis.portal.domain.model.forum.MailFrequency.WEEKLY
                : "daily".equalsIgnoreCase(frequency) ? cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY : null;
        if (f == null) {
            throw new RuleViolationException(Violation.of("frequency", "validation.required"));
        }
        var run = moderation.sendDigests(actor(), f);
        return new DigestJson(run.frequency().name().toLowerCase(java.util.Locale.ROOT), run.recipients(), run.mails(),
                run.items(), run.millis());
    }

    private Response created(PostedView v) {
        String url = "/forum/post.xhtml?id=" + v.postId();
        return Response.created(URI.create(request.getContextPath() + url)).entity(new PostedJson(v.topicId(),
                v.postId(), v.number(), v.page(), v.pending(), url)).build();
    }

    private static CategoryJson category(CategoryView c, String lang) {
        return new CategoryJson(c.id(), c.slug(), c.name(lang), c.description(lang), c.topics(), c.posts(),
                c.lastActivity(), c.membersOnly(), c.mayStart(), c.area() == null ? null : Codes.code(c.area()));
    }

    private static TopicJson topic(TopicSummaryView t, String lang) {
        return new TopicJson(t.id(), t.title(), t.categoryId(), t.category(lang), t.authorName(), t.createdAt(),
                t.lastPostAt(), t.lastPosterName(), t.replies(), t.closed(), t.pinned().name().toLowerCase(Locale.ROOT),
                t.answered(), t.sheetId(), t.unread(), t.demo(), "/forum/topic.xhtml?id=" + t.id());
    }

    private PostJson post(PostView p) {
        return new PostJson(p.id(), p.number(), p.authorName(), p.html(), p.createdAt(), p.editedAt(), p.likes(),
                p.accepted(), p.quotePostId() == null ? null : new QuoteJson(p.quotePostId(), p.quoteNumber(),
                        p.quoteAuthor()), "/forum/post.xhtml?id=" + p.id());
    }

    /** An id in the address or the body: digits only, else a 400 that names the parameter. */
    static long id(String name, String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{1,18}")) {
            throw bad(name);
        }
        return Long.parseLong(raw.strip());
    }

    private static int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        if (!raw.strip().matches("[0-9]{1,6}") || Integer.parseInt(raw.strip()) < 1) {
            throw bad("page");
        }
        return Integer.parseInt(raw.strip());
    }

    private static RuleViolationException bad(String parameter) {
        return new RuleViolationException(Violation.of(null, "api.badParameter", parameter));
    }
}
