package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.Html;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.PersonalRegions;
import cat.digicanvis.portal.web.support.PersonalRegions.Reader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forum's parts that depend on who reads: the lists' tabs (one's own lists), "new topic", how many posts are
 * new in each listed topic, and on a topic's page where one stopped reading, the actions on each post, how one
 * follows the topic and the way to reply. The pages render them through here, marked as {@link PersonalRegions},
 * so that a page rendered once for everybody serves a signed-in member with only these parts made for them. The
 * actions are plain forms to {@link ForumActionServlet} with the session's token: they hold no view state.
 * Moderators, and members who read categories visitors cannot, get their pages rendered for them
 * ({@link #SAME} declines).
 */
@Named
@ApplicationScoped
public class ForumRegions implements PersonalRegions.Source {

    /** Marks a page that may be shared (empty); declines for readers who see more than a visitor. */
    public static final String SAME = "forum-same";
    public static final String START = "forum-start";
    public static final String TABS = "forum-tabs";
    public static final String NEW = "topic-new";
    public static final String CATEGORY_WATCH = "category-watch";
    public static final String UNREAD = "topic-unread";
    public static final String ACTIONS = "post-actions";
    public static final String TOPIC_WATCH = "topic-watch";
    public static final String REPLY = "topic-reply";
    public static final Set<String> NAMES = Set.of(SAME, START, TABS, NEW, CATEGORY_WATCH, UNREAD, ACTIONS,
            TOPIC_WATCH, REPLY);

    static final List<WatchLevel> CATEGORY_LEVELS = List.of(WatchLevel.WATCHING, WatchLevel.FIRST_POST,
            WatchLevel.NORMAL, WatchLevel.MUTED);
    static final List<WatchLevel> TOPIC_LEVELS = Arrays.stream(WatchLevel.values()).filter(WatchLevel::forTopics)
            .toList();

    @Inject
    ForumService forum;

    // ---- rendered by the pages, with what they already loaded

    /** The marker of a shareable page: a list's ({@code ""}) or a topic page's ("topic.page"). */
    public String same(String arg) {
        return PersonalRegions.region(SAME, arg, "");
    }

    /** The same, for a topic's page. */
    public String sameTopic(TopicPageView v) {
        return same(arg(v));
    }

    /** "New topic" for who may start one here (categoryId 0: anywhere); visitors are asked to sign in. */
    public String start(Reader r, long categoryId, boolean mayStart) {
        String c = r.contextPath();
        Locale l = r.locale();
        String html = "";
        if (mayStart) {
            html = "<p><a class=\"button primary\" id=\"new-topic\" href=\"" + c + "/forum/new.xhtml"
                    + (categoryId > 0 ? "?category=" + categoryId : "") + "\">" + text(l, "forum.newTopic") + "</a></p>";
        } else if (!r.actor().isSignedIn() && categoryId == 0) {
            html = "<p class=\"hint\"><a href=\"" + c + "/account/login.xhtml?back=/forum/index.xhtml\">"
                    + text(l, "forum.signInToPost") + "</a></p>";
        }
        return PersonalRegions.region(START, String.valueOf(categoryId), html);
    }

    /** The lists one may open (one's own topics and bookmarks once signed in), the current one marked. */
    public String tabs(Reader r, long categoryId, TopicList current) {
        String c = r.contextPath();
        Locale l = r.locale();
        List<TopicList> lists = r.actor().isSignedIn() ? List.of(TopicList.values())
                : List.of(TopicList.LATEST, TopicList.UNANSWERED);
        String base = categoryId > 0 ? c + "/forum/category.xhtml?id=" + categoryId + "&amp;list="
                : c + "/forum/index.xhtml?list=";
        StringBuilder out = new StringBuilder("<nav aria-label=\"").append(text(l, "forum.lists"))
                .append("\"><ul class=\"tabs\">");
        for (TopicList list : lists) {
            String name = list.name().toLowerCase(Locale.ROOT);
            out.append("<li><a id=\"list-").append(name).append("\" href=\"").append(base).append(name).append('"')
                    .append(list == current ? " aria-current=\"page\"" : "").append('>')
                    .append(text(l, "forum.list." + list.name())).append("</a></li>");
        }
        out.append("</ul></nav>");
        return PersonalRegions.region(TABS, categoryId + "." + current.name(), out.toString());
    }

    /** How many posts of a listed topic are new for the reader. */
    public String topicNew(Reader r, long topicId, int lastNumber, int unread) {
        String html = unread <= 0 ? "" : " <span class=\"badge badge-new\">"
                + Html.escape(Messages.format(r.locale(), Languages.text(r.locale(), "forum.newPosts"), unread)) + "</span>";
        return PersonalRegions.region(NEW, topicId + "." + lastNumber, html);
    }

    /** How the reader follows a category: a plain form, for signed-in people. */
    public String categoryWatch(Reader r, long categoryId) {
        String html = "";
        if (r.actor().isSignedIn() && r.token() != null) {
            WatchLevel level;
            try {
                level = forum.categoryWatchLevel(r.actor(), categoryId);
            } catch (NotFoundException | AccessDeniedException e) {
                level = WatchLevel.NORMAL;
            }
            html = watchForm(r, "watch-category", "<input type=\"hidden\" name=\"category\" value=\"" + categoryId + "\"/>",
                    "field.categoryWatchLevel", "forum.categoryWatch.", CATEGORY_LEVELS, level);
        }
        return PersonalRegions.region(CATEGORY_WATCH, String.valueOf(categoryId), html);
    }

    /** Where the reader stopped: how many posts are new, and a link to the first. */
    public String topicUnread(Reader r, TopicPageView v) {
        String html = v.unread() <= 0 || v.firstUnreadPostId() == null ? ""
                : "<p class=\"notice\" id=\"unread\"><a href=\"" + r.contextPath() + "/forum/post.xhtml?id="
                + v.firstUnreadPostId() + "\">" + Html.escape(Messages.format(r.locale(),
                Languages.text(r.locale(), "forum.unreadJump"), v.unread())) + "</a></p>";
        return PersonalRegions.region(UNREAD, arg(v), html);
    }

    /** What the reader may do with a post: useful, bookmark, quote, the answer, edit, withdraw, flag. */
    public String postActions(Reader r, TopicPageView v, PostView p) {
        String c = r.contextPath();
        Locale l = r.locale();
        StringBuilder out = new StringBuilder();
        if (r.actor().isSignedIn() && r.token() != null) {
            out.append("<form class=\"post-actions\" method=\"post\" action=\"").append(c).append("/forum/act\">")
                    .append(hidden("token", r.token())).append(hidden("post", String.valueOf(p.id())))
                    .append(hidden("version", String.valueOf(p.version())));
            if (p.mayLike()) {
                out.append(submit(p.liked() ? "unlike" : "like", p.id(), text(l, p.liked() ? "forum.unlike" : "forum.like"), ""));
            }
            if (!p.pending()) {
                out.append(submit(p.bookmarked() ? "unbookmark" : "bookmark", p.id(),
                        text(l, p.bookmarked() ? "forum.unbookmark" : "forum.bookmark"), ""));
            }
            if (v.mayReply() && !p.pending()) {
                out.append("<a class=\"button\" href=\"").append(c).append("/forum/topic.xhtml?id=").append(p.topicId())
                        .append("&amp;page=").append(v.pages()).append("&amp;quote=").append(p.id()).append("#reply\">")
                        .append(text(l, "forum.quote")).append("</a>");
            }
            if (p.mayAccept()) {
                out.append(submit(p.accepted() ? "unaccept" : "accept", p.id(),
                        text(l, p.accepted() ? "forum.unaccept" : "forum.accept"), ""));
            }
            if (p.mayEdit()) {
                out.append("<a class=\"button\" href=\"").append(c).append("/forum/edit.xhtml?post=").append(p.id())
                        .append("\">").append(text(l, "forum.edit")).append("</a>");
            }
            if (p.mine() && p.number() > 1) {
                // asked first in PrimeFaces' confirmation dialog (forum-actions.js); sent at once without JavaScript
                out.append(submit("withdraw", p.id(), text(l, "forum.withdraw"), " class=\"danger\" data-confirm=\""
                        + text(l, "forum.withdrawConfirm") + "\" data-confirm-header=\"" + text(l, "forum.withdraw") + "\""));
            }
            if (p.mayFlag()) {
                out.append("<a class=\"button\" href=\"").append(c).append("/forum/flag.xhtml?post=").append(p.id())
                        .append("\">").append(text(l, "forum.flag")).append("</a>");
            }
            out.append("</form>");
        }
        return PersonalRegions.region(ACTIONS, arg(v) + "." + p.id(), out.toString());
    }

    /** How the reader follows the topic: a plain form, for signed-in people. */
    public String topicWatch(Reader r, TopicPageView v) {
        String html = "";
        if (r.actor().isSignedIn() && r.token() != null) {
            // a signed-in reader's page carries how they follow the topic
            html = watchForm(r, "watch", "<input type=\"hidden\" name=\"topic\" value=\"" + v.topic().id() + "\"/>"
                    + hidden("page", String.valueOf(v.page())), "field.watchLevel", "forum.watch.", TOPIC_LEVELS,
                    v.watchLevel());
        }
        return PersonalRegions.region(TOPIC_WATCH, arg(v), html);
    }

    /**
     * The way to reply: why one may not (and, for visitors, where to sign in), or a link that opens the reply
     * form (the page with {@code reply=1}, rendered for the person).
     */
    public String topicReply(Reader r, TopicPageView v) {
        String c = r.contextPath();
        Locale l = r.locale();
        String html;
        if (!v.mayReply()) {
            html = "<p class=\"hint\" id=\"no-reply\">" + text(l, v.noReplyKey())
                    + (r.actor().isSignedIn() ? "" : " <a href=\"" + c + "/account/login.xhtml?back=/forum/topic.xhtml%3Fid%3D"
                    + v.topic().id() + "\">" + text(l, "nav.signIn") + "</a>") + "</p>";
        } else {
            html = "<p><a class=\"button primary\" id=\"reply-open\" href=\"" + c + "/forum/topic.xhtml?id=" + v.topic().id()
                    + "&amp;page=" + v.page() + "&amp;reply=1#reply\">" + text(l, "forum.writeReply") + "</a></p>";
        }
        return PersonalRegions.region(REPLY, arg(v), html);
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    /**
     * Whether a forum page, rendered for a visitor, can be this reader's with their own parts: not for moderators
     * and members of members-only categories, nor on a topic in which their own posts wait for approval.
     */
    @Override
    public boolean shares(String path, Map<String, String[]> params, Reader r) {
        if (!path.startsWith("/forum/")) {
            return true;
        }
        if (!forum.readsAsVisitors(r.actor())) {
            return false;
        }
        String[] id = params.get("id");
        Long topic = "/forum/topic.xhtml".equals(path) && id != null && id.length == 1
                ? cat.digicanvis.portal.web.support.Pages.parseId(id[0]) : null;
        return topic == null || !forum.hasWaiting(r.actor(), topic);
    }

    // ---- rendered again for a signed-in reader of a page kept for everybody

    /**
     * A region of a shared page made for this reader; null when the page reads differently for them elsewhere
     * (it is then rendered for them). The memo holds what the page's regions share (the topic's page as this
     * person reads it, their unread counts), so that it is loaded once.
     */
    @Override
    public String render(String name, String arg, Reader r, Map<String, Object> memo, Map<String, List<String>> all) {
        Actor a = r.actor();
        if (SAME.equals(name)) {
            if (!(boolean) memo.computeIfAbsent("forum:visitor", k -> forum.readsAsVisitors(a))) {
                return null;
            }
            if (!arg.isEmpty()) {
                TopicPageView v = topicPage(arg, r, memo, all);
                return v == null || !v.waiting().isEmpty() ? null : same(arg);
            }
            return same(arg);
        }
        String[] parts = arg.split("\\.");
        switch (name) {
            case START -> {
                long category = Long.parseLong(parts[0]);
                @SuppressWarnings("unchecked")
                List<CategoryView> startable = (List<CategoryView>) memo.computeIfAbsent("forum:startable",
                        k -> a.isSignedIn() ? forum.startable(a) : List.of());
                return start(r, category, category == 0 ? !startable.isEmpty()
                        : startable.stream().anyMatch(c -> c.id() == category));
            }
            case TABS -> {
                return tabs(r, Long.parseLong(parts[0]), TopicList.valueOf(parts[1]));
            }
            case NEW -> {
                @SuppressWarnings("unchecked")
                Map<Long, Integer> unread = (Map<Long, Integer>) memo.computeIfAbsent("forum:unread", k -> {
                    Map<Long, Integer> last = new HashMap<>();
                    for (String each : all.getOrDefault(NEW, List.of())) {
                        String[] p = each.split("\\.");
                        last.put(Long.parseLong(p[0]), Integer.parseInt(p[1]));
                    }
                    return forum.unread(a, last);
                });
                long topic = Long.parseLong(parts[0]);
                return topicNew(r, topic, Integer.parseInt(parts[1]), unread.getOrDefault(topic, 0));
            }
            case CATEGORY_WATCH -> {
                return categoryWatch(r, Long.parseLong(parts[0]));
            }
            default -> {
                TopicPageView v = topicPage(parts[0] + "." + parts[1], r, memo, all);
                if (v == null) {
                    return null;
                }
                return switch (name) {
                    case UNREAD -> topicUnread(r, v);
                    case TOPIC_WATCH -> topicWatch(r, v);
                    case REPLY -> topicReply(r, v);
                    default -> {
                        long post = Long.parseLong(parts[2]);
                        // a post the page shows but this reader's view does not: the page changed meanwhile
                        yield v.posts().stream().filter(p -> p.id() == post).findFirst()
                                .map(p -> postActions(r, v, p)).orElse(null);
                    }
                };
            }
        }
    }

    /**
     * The topic's page as this person reads it, for the posts the kept page shows (which also moves their place
     * in it), loaded once per request.
     */
    private TopicPageView topicPage(String arg, Reader r, Map<String, Object> memo, Map<String, List<String>> all) {
        Object v = memo.computeIfAbsent("forum:topic:" + arg, k -> {
            String[] p = arg.split("\\.");
            List<Long> posts = all.getOrDefault(ACTIONS, List.of()).stream().filter(a -> a.startsWith(arg + "."))
                    .map(a -> Long.parseLong(a.substring(arg.length() + 1))).toList();
            try {
                TopicPageView page = forum.reading(r.actor(), Long.parseLong(p[0]), Integer.parseInt(p[1]), posts);
                // the page kept is another one than this person would get (the topic shrank): render theirs
                return page.page() == Integer.parseInt(p[1]) ? page : Boolean.FALSE;
            } catch (NotFoundException | AccessDeniedException e) {
                return Boolean.FALSE;
            }
        });
        return v instanceof TopicPageView t ? t : null;
    }

    static String arg(TopicPageView v) {
        return v.topic().id() + "." + v.page();
    }

    private static String watchForm(Reader r, String action, String fields, String labelKey, String levelPrefix,
                                    List<WatchLevel> levels, WatchLevel current) {
        Locale l = r.locale();
        String options = levels.stream().map(level -> "<option value=\"" + level.name() + "\""
                + (level == current ? " selected=\"selected\"" : "") + ">" + text(l, levelPrefix + level.name()) + "</option>")
                .collect(Collectors.joining());
        return "<form id=\"watch\" class=\"watch\" method=\"post\" action=\"" + r.contextPath() + "/forum/act\">"
                + hidden("token", r.token()) + fields
                + "<label for=\"watch:level\">" + text(l, labelKey) + "</label> "
                + "<select id=\"watch:level\" name=\"level\">" + options + "</select> "
                + "<input type=\"submit\" id=\"watch:applyWatch\" name=\"" + action + "\" value=\"" + text(l, "forum.apply")
                + "\"/></form>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\"/>";
    }

    private static String submit(String action, long postId, String label, String attributes) {
        return "<input type=\"submit\" name=\"" + action + "\" id=\"" + action + "-" + postId + "\" value=\"" + label
                + "\"" + attributes + "/>";
    }

    private static String text(Locale locale, String key) {
        return Html.escape(Languages.text(locale, key));
    }
}
