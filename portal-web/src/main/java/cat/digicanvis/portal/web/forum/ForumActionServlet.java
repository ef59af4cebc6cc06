package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.KeptMessages;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import cat.digicanvis.portal.web.support.PlainForms;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The forum's actions on posts and the following of topics and categories, as plain form posts: the pages
 * that carry these forms are shared by everybody ({@link ForumRegions}), so a form holds no view state, only
 * the session's token. Each action is the service's, with its rules; the outcome is kept for the next page and
 * the browser is sent back to the post, the topic or the category (303), so reloading repeats nothing.
 */
@WebServlet("/forum/act")
public class ForumActionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> POST_ACTIONS = List.of("like", "unlike", "bookmark", "unbookmark", "accept",
            "unaccept", "withdraw");

    @Inject
    transient ForumService forum;
    @Inject
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Languages.resolve(req);
        Actor actor = Sessions.actor(req, accounts);
        Long postId = Pages.parseId(req.getParameter("post"));
        Long topicId = Pages.parseId(req.getParameter("topic"));
        Long categoryId = Pages.parseId(req.getParameter("category"));
        String action = POST_ACTIONS.stream().filter(a -> req.getParameter(a) != null).findFirst()
                .orElse(req.getParameter("watch") != null ? "watch"
                        : req.getParameter("watch-category") != null ? "watch-category" : null);
        String back = back(postId, topicId, categoryId, req.getParameter("page"));
        // the session ended while the page was open: sign in, and come back to it
        if (PlainForms.signInFirst(req, resp, actor, back)) {
            return;
        }
        if (!actor.isSignedIn() || !PlainForms.tokenMatches(req)) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        }
        boolean onPost = action != null && POST_ACTIONS.contains(action);
        if (action == null || back == null || onPost && postId == null || "watch".equals(action) && topicId == null
                || "watch-category".equals(action) && categoryId == null) {
            Messages.refuse(resp, 400, Languages.text(locale, "api.badRequest"));
            return;
        }
        try {
            if ("withdraw".equals(action)) {
                // once withdrawn the post has no page: back to its topic's
                cat.digicanvis.portal.application.forum.PostLocation at = forum.locate(actor, postId);
                back = "/forum/topic.xhtml?id=" + at.topicId() + "&page=" + at.page();
            }
            String done = act(actor, action, postId, topicId, categoryId, req);
            keep(req, FacesMessage.SEVERITY_INFO, Languages.text(locale, done));
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> keep(req, FacesMessage.SEVERITY_ERROR, Messages.describe(v, locale)));
        } catch (ConcurrentEditException e) {
            keep(req, FacesMessage.SEVERITY_ERROR, Languages.text(locale, "validation.concurrent"));
        } catch (IllegalArgumentException e) {
            keep(req, FacesMessage.SEVERITY_ERROR, Languages.text(locale, "validation.required"));
        } catch (AccessDeniedException e) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        } catch (NotFoundException e) {
            Messages.refuse(resp, 404, Languages.text(locale, "api.notFound"));
            return;
        }
        PlainForms.seeOther(resp, req.getContextPath() + back + (onPost && !"withdraw".equals(action) ? "#p" + postId : ""));
    }

    /** Does it; the key of the message that says it was done. */
    private String act(Actor actor, String action, Long postId, Long topicId, Long categoryId, HttpServletRequest req) {
        switch (action) {
            case "like", "unlike" -> {
                boolean on = "like".equals(action);
                forum.like(actor, postId, on);
                return on ? "forum.liked" : "forum.unliked";
            }
            case "bookmark", "unbookmark" -> {
                boolean on = "bookmark".equals(action);
                forum.bookmark(actor, postId, on);
                return on ? "forum.bookmarked" : "forum.unbookmarked";
            }
            case "accept", "unaccept" -> {
                boolean on = "accept".equals(action);
                forum.accept(actor, postId, on);
                return on ? "forum.accepted" : "forum.unaccepted";
            }
            case "withdraw" -> {
                Integer version = version(req.getParameter("version"));
                if (version == null) {
                    throw new IllegalArgumentException("version");
                }
                forum.withdraw(actor, postId, version);
                return "forum.withdrawn";
            }
            case "watch" -> {
                forum.watch(actor, topicId, level(req, ForumRegions.TOPIC_LEVELS));
                return "forum.watchSet";
            }
            default -> {
                forum.watchCategory(actor, categoryId, level(req, ForumRegions.CATEGORY_LEVELS));
                return "forum.watchSet";
            }
        }
    }

    /** The level chosen among those offered; anything else is refused. */
    private static WatchLevel level(HttpServletRequest req, List<WatchLevel> offered) {
        String chosen = req.getParameter("level");
        return offered.stream().filter(l -> l.name().equals(chosen)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("level"));
    }

    private static Integer version(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where the form was: the post's permanent link, the topic's page or the category. */
    private static String back(Long postId, Long topicId, Long categoryId, String page) {
        if (postId != null) {
            return "/forum/post.xhtml?id=" + postId;
        }
        if (topicId != null) {
            Long p = Pages.parseId(page);
            return "/forum/topic.xhtml?id=" + topicId + (p == null ? "" : "&page=" + p);
        }
        return categoryId == null ? null : "/forum/category.xhtml?id=" + categoryId;
    }

    private static void keep(HttpServletRequest req, FacesMessage.Severity severity, String text) {
        KeptMessages.keep(req.getSession(true), new FacesMessage(severity, text, text));
    }
}
