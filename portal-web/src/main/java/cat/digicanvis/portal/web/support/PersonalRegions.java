package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The parts of a shared reading page that depend on who reads it: the account links in the header (sign in
 * and sign up, or the person's own bar with their unread notifications) and, on a search, how many forum topics
 * the words match for this reader. The template renders them through here, between markers
 * ({@code <!--dc:NAME:ARG-->…<!--/dc:NAME-->}), so that {@link PageCacheFilter} can serve a page rendered once
 * for everybody to a signed-in person by putting their own parts in its place: the rest of the page is the
 * same for all, and rendering it again for every member was what made their pages slow.
 */
@Named
@ApplicationScoped
public class PersonalRegions {

    static final String NAV = "account-nav";
    static final String BAR = "account-bar";
    static final String FORUM = "forum-matches";
    private static final byte[] OPEN = "<!--dc:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ForumService forum;

    /** Sign in and sign up for visitors; nothing for a signed-in person (their links are on their bar). */
    public String accountNav(Actor actor, Locale locale, String contextPath) {
        StringBuilder out = new StringBuilder();
        if (!actor.isSignedIn()) {
            out.append("<nav aria-label=\"").append(text(locale, "nav.account")).append("\">")
                    .append("<ul class=\"menu account-menu\">")
                    .append(link(contextPath + "/account/login.xhtml", null, text(locale, "nav.signIn")))
                    .append(link(contextPath + "/account/signup.xhtml", null, text(locale, "nav.signUp")))
                    .append("</ul></nav>");
        }
        return region(NAV, "", out.toString());
    }

    /** A signed-in person's own pages, on a bar under the header; nothing for visitors. */
    public String accountBar(Actor actor, Locale locale, String contextPath) {
        if (!actor.isSignedIn()) {
            return region(BAR, "", "");
        }
        String c = contextPath;
        long unread = forum.unreadNotifications(actor);
        StringBuilder out = new StringBuilder("<div class=\"account-bar\"><nav class=\"wrap\" aria-label=\"")
                .append(text(locale, "nav.account")).append("\"><ul class=\"menu account-menu\">");
        String bell = unread > 0 ? " <span class=\"bell-count\" id=\"bell-count\">" + unread
                + "</span><span class=\"visually-hidden\"> " + text(locale, "nav.unread") + "</span>" : "";
        out.append("<li><a href=\"").append(c).append("/account/notifications.xhtml\" id=\"nav-notifications\">")
                .append(text(locale, "nav.notifications")).append(bell).append("</a></li>");
        out.append(link(c + "/account/settings.xhtml", "nav-account", Html.escape(actor.displayName())));
        if (actor.mayWriteSomewhere()) {
            out.append(link(c + "/project/edit.xhtml", null, text(locale, "nav.write")));
        }
        out.append(link(c + "/account/sheets.xhtml", null, text(locale, "nav.mySheets")));
        out.append(link(c + "/account/memberships.xhtml", null, text(locale, "nav.memberships")));
        if (!actor.memberOf().isEmpty()) {
            out.append(link(c + "/account/recommendations.xhtml", "nav-recommendations", text(locale, "nav.recommendations")));
            out.append(link(c + "/account/profile.xhtml", "nav-profile", text(locale, "nav.profile")));
            out.append(link(c + "/account/requests.xhtml", "nav-requests", text(locale, "nav.requests")));
        }
        if (actor.isEditor()) {
            out.append(link(c + "/editor/queue.xhtml", null, text(locale, "nav.queue")));
            out.append(link(c + "/moderator/forum.xhtml", "nav-forum-queue", text(locale, "nav.forumQueue")));
        }
        if (actor.mayAdminister()) {
            out.append(link(c + "/admin/users.xhtml", null, text(locale, "nav.admin")));
        }
        out.append(link(c + "/account/signout.xhtml", null, text(locale, "nav.signOut")));
        out.append("</ul></nav></div>");
        return region(BAR, "", out.toString());
    }

    /** On a search, a link to the forum topics the words match for this reader (members may read more). */
    public String forumMatches(Actor actor, Locale locale, String contextPath, String text) {
        String words = text == null ? "" : text.strip();
        int n = 0;
        if (!words.isEmpty()) {
            try {
                n = forum.searchCount(actor, words);
            } catch (RuleViolationException e) {
                n = 0;
            }
        }
        String arg = Base64.getUrlEncoder().withoutPadding().encodeToString(words.getBytes(StandardCharsets.UTF_8));
        String html = n == 0 ? "" : "<p class=\"notice\" id=\"forum-matches\"><a href=\"" + contextPath
                + "/forum/search.xhtml?q=" + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8) + "\">"
                + Html.escape(Messages.format(locale, Languages.text(locale, "catalogue.forumMatches"), n))
                + "</a></p>";
        return region(FORUM, arg, html);
    }

    /**
     * The page with every region rendered for this reader. Regions are ASCII-marked, so this works on the
     * page's UTF-8 bytes as they are.
     */
    public byte[] personalise(byte[] page, Actor actor, Locale locale, String contextPath) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int start = indexOf(page, OPEN, from);
            if (start < 0) {
                break;
            }
            int headEnd = indexOf(page, CLOSE, start + OPEN.length);
            if (headEnd < 0) {
                break;
            }
            String head = new String(page, start + OPEN.length, headEnd - start - OPEN.length, StandardCharsets.US_ASCII);
            int colon = head.indexOf(':');
            String name = colon < 0 ? head : head.substring(0, colon);
            String arg = colon < 0 ? "" : head.substring(colon + 1);
            byte[] end = ("<!--/dc:" + name + "-->").getBytes(StandardCharsets.US_ASCII);
            int endAt = indexOf(page, end, headEnd);
            if (endAt < 0) {
                break;
            }
            String fresh = switch (name) {
                case NAV -> accountNav(actor, locale, contextPath);
                case BAR -> accountBar(actor, locale, contextPath);
                case FORUM -> forumMatches(actor, locale, contextPath,
                        new String(Base64.getUrlDecoder().decode(arg), StandardCharsets.UTF_8));
                default -> null;
            };
            from = endAt + end.length;
            if (fresh == null) {
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(page.length + 1024);
            }
            out.write(page, copied, start - copied);
            out.writeBytes(fresh.getBytes(StandardCharsets.UTF_8));
            copied = from;
        }
        if (out == null) {
            return page;
        }
        out.write(page, copied, page.length - copied);
        return out.toByteArray();
    }

    static String region(String name, String arg, String html) {
        return "<!--dc:" + name + (arg.isEmpty() ? "" : ":" + arg) + "-->" + html + "<!--/dc:" + name + "-->";
    }

    private static String link(String href, String id, String html) {
        return "<li><a href=\"" + href + "\"" + (id == null ? "" : " id=\"" + id + "\"") + ">" + html + "</a></li>";
    }

    private static String text(Locale locale, String key) {
        return Html.escape(Languages.text(locale, key));
    }

    static int indexOf(byte[] page, byte[] what, int from) {
        for (int i = Math.max(0, from); i <= page.length - what.length; i++) {
            if (page[i] == what[0] && java.util.Arrays.equals(page, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
