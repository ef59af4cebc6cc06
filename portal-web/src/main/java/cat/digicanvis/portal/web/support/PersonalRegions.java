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
    static final String MARKS = "sheet-marks";
    static final String CONTACTS = "sheet-contacts";
    static final String EDIT = "sheet-edit";
    static final String JOIN = "sheet-join";
    private static final byte[] OPEN = "<!--dc:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ForumService forum;
    @Inject
    cat.digicanvis.portal.application.sheet.ProjectSheetService sheets;
    @Inject
    cat.digicanvis.portal.application.recommendation.RecommendationService recommendations;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<Source> sources;

    public PersonalRegions() {
    }

    /** Outside the container (tests): with these sources of regions. */
    public PersonalRegions(java.util.List<Source> sources) {
        this.sourceList = java.util.List.copyOf(sources);
    }

    /** Who reads: the person, their language, the portal's path and their session's form token (null: none). */
    public record Reader(Actor actor, Locale locale, String contextPath, String token) {
    }

    /** The reader of this request, for the template. */
    public Reader reader(Actor actor, Locale locale, String contextPath, String token) {
        return new Reader(actor, locale, contextPath, token);
    }

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
     * A member's marks on a sheet for their body (bookmark, "we tried it and it works"): a plain form to
     * {@code /project/mark} with the session's token, so that it works in a page rendered for everybody.
     */
    public String sheetMarks(Reader r, long sheetId) {
        Actor a = r.actor();
        if (!a.isSignedIn() || a.memberOf().isEmpty() || r.token() == null) {
            return region(MARKS, String.valueOf(sheetId), "");
        }
        java.util.Set<cat.digicanvis.portal.domain.model.recommendation.InteractionKind> marks =
                recommendations.marks(a, sheetId);
        boolean bookmarked = marks.contains(cat.digicanvis.portal.domain.model.recommendation.InteractionKind.BOOKMARK);
        boolean worked = marks.contains(cat.digicanvis.portal.domain.model.recommendation.InteractionKind.WORKED_FOR_US);
        Locale l = r.locale();
        String html = "<form id=\"marks\" method=\"post\" action=\"" + r.contextPath() + "/project/mark\">"
                + "<input type=\"hidden\" name=\"sheet\" value=\"" + sheetId + "\"/>"
                + "<input type=\"hidden\" name=\"token\" value=\"" + Html.escape(r.token()) + "\"/>"
                + "<p class=\"marks\"><input type=\"submit\" name=\"bookmark\" id=\"marks:bookmark\" value=\""
                + text(l, bookmarked ? "mark.BOOKMARK.remove" : "mark.BOOKMARK.add") + "\"/> "
                + "<input type=\"submit\" name=\"worked\" id=\"marks:worked\" value=\""
                + text(l, worked ? "mark.WORKED_FOR_US.remove" : "mark.WORKED_FOR_US.add") + "\"/> "
                + "<a href=\"" + r.contextPath() + "/account/saved.xhtml\" id=\"to-saved\">" + text(l, "saved.title")
                + "</a></p></form>";
        return region(MARKS, String.valueOf(sheetId), html);
    }

    /** The sheet's contact people: with email and phone for verified members and editors, names for the rest. */
    public String sheetContacts(Reader r, long sheetId) {
        cat.digicanvis.portal.application.sheet.SheetView sheet = sheets.view(sheetId);
        Locale l = r.locale();
        StringBuilder out = new StringBuilder();
        if (sheet.contacts().isEmpty()) {
            out.append("<p>").append(text(l, "sheet.noContacts")).append("</p>");
        } else if (r.actor().maySeeContactDetails()) {
            out.append("<ul class=\"plain contacts\" id=\"contact-details\">");
            for (cat.digicanvis.portal.application.sheet.ContactDetailView c : sheets.contactDetails(r.actor(), sheetId)) {
                out.append("<li><strong>").append(Html.escape(c.name())).append("</strong>, ").append(Html.escape(c.role()));
                if (c.email() != null && !c.email().isEmpty()) {
                    out.append(" — <a href=\"mailto:").append(Html.escape(c.email())).append("\">")
                            .append(Html.escape(c.email())).append("</a>");
                }
                if (c.phone() != null && !c.phone().isEmpty()) {
                    out.append(" — ").append(Html.escape(c.phone()));
                }
                out.append("</li>");
            }
            out.append("</ul>");
        } else {
            out.append("<ul class=\"plain contacts\">");
            for (cat.digicanvis.portal.application.sheet.SheetView.ContactView c : sheet.contacts()) {
                out.append("<li><strong>").append(Html.escape(c.name())).append("</strong>, ")
                        .append(Html.escape(c.role())).append("</li>");
            }
            out.append("</ul><p class=\"hint\">").append(text(l, "sheet.contactsHint")).append("</p>");
        }
        return region(CONTACTS, String.valueOf(sheetId), out.toString());
    }

    /** Edit and review, for those who may write the sheet (its body's members, editors). */
    public String sheetEdit(Reader r, long sheetId) {
        cat.digicanvis.portal.application.sheet.SheetView sheet = sheets.view(sheetId);
        String html = !r.actor().mayWriteFor(sheet.lead().id()) ? "" : "<p><a class=\"button\" href=\""
                + r.contextPath() + "/project/edit.xhtml?id=" + sheetId + "\">" + text(r.locale(), "sheet.edit")
                + "</a> <a class=\"button\" href=\"" + r.contextPath() + "/project/review.xhtml?id=" + sheetId + "\">"
                + text(r.locale(), "sheet.review") + "</a></p>";
        return region(EDIT, String.valueOf(sheetId), html);
    }

    /**
     * How to join the sheet's discussion, as loaded for this reader (the page already has it): open it, write in
     * it, or sign in to.
     */
    public String sheetJoin(Reader r, long sheetId, cat.digicanvis.portal.application.forum.SheetDiscussionView d) {
        String c = r.contextPath();
        Locale l = r.locale();
        StringBuilder out = new StringBuilder("<p>");
        if (d.topicId() != null && d.posts() > 0) {
            out.append("<a class=\"button\" id=\"discussion-open\" href=\"").append(c).append("/forum/topic.xhtml?id=")
                    .append(d.topicId()).append("\">").append(text(l, "forum.openDiscussion")).append("</a>");
        }
        if (d.mayJoin()) {
            String href = d.posts() > 0 ? c + "/forum/topic.xhtml?id=" + d.topicId() + "#reply"
                    : c + "/forum/new.xhtml?sheet=" + sheetId;
            out.append(" <a class=\"button primary\" id=\"discussion-join\" href=\"").append(href).append("\">")
                    .append(text(l, "forum.joinDiscussion")).append("</a>");
        }
        if (!r.actor().isSignedIn()) {
            out.append(" <a href=\"").append(c).append("/account/login.xhtml?back=/project/view.xhtml%3Fid%3D")
                    .append(sheetId).append("\">").append(text(l, "forum.signInToJoin")).append("</a>");
        }
        out.append("</p>");
        return region(JOIN, String.valueOf(sheetId), out.toString());
    }

    /**
     * The same for a page served from the cache; null when the discussion reads differently for this person than
     * for a visitor (a members-only category): the page is then theirs alone.
     */
    String sheetJoinShared(Reader r, long sheetId) {
        cat.digicanvis.portal.application.forum.SheetDiscussionView d = forum.sheetDiscussion(r.actor(), sheetId);
        return readsDifferently(r.actor(), sheetId, d) ? null : sheetJoin(r, sheetId, d);
    }

    /** Whether this sheet's discussion (as loaded for the person) shows them other posts than a visitor sees. */
    private boolean readsDifferently(Actor actor, long sheetId, cat.digicanvis.portal.application.forum.SheetDiscussionView d) {
        return actor.isSignedIn() && forum.sheetDiscussion(Actor.ANONYMOUS, sheetId).posts() != d.posts();
    }

    /**
     * Regions rendered elsewhere (the forum's): the names they answer for, and each region made for a reader, or
     * null when the page would differ elsewhere for them. {@code memo} lives for one page, for what its regions
     * share; {@code all} holds every region's arguments by name, for those that load in one go.
     */
    public interface Source {
        java.util.Set<String> names();

        String render(String name, String arg, Reader reader, java.util.Map<String, Object> memo,
                      java.util.Map<String, java.util.List<String>> all);

        /** Whether the page at this address, rendered for a visitor, can be made this reader's by its regions. */
        default boolean shares(String path, java.util.Map<String, String[]> params, Reader reader) {
            return true;
        }
    }

    /**
     * Whether the page at this address, rendered for a visitor, can be made this reader's by its regions (a
     * sheet's discussion may read differently for a member; the forum's {@link Source} says for its pages).
     */
    public boolean shares(String path, java.util.Map<String, String[]> params, Reader reader) {
        if ("/project/view.xhtml".equals(path) && reader.actor().isSignedIn()) {
            String[] id = params.get("id");
            Long sheet = id == null || id.length != 1 ? null : Pages.parseId(id[0]);
            if (sheet != null) {
                try {
                    if (readsDifferently(reader.actor(), sheet, forum.sheetDiscussion(reader.actor(), sheet))) {
                        return false;
                    }
                } catch (cat.digicanvis.portal.domain.shared.NotFoundException e) {
                    return true;
                }
            }
        }
        for (Source s : sources()) {
            if (!s.shares(path, params, reader)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page with every region rendered for this reader, or null when a region declines (the page would
     * differ elsewhere for them). Regions are ASCII-marked, so this works on the page's UTF-8 bytes as they are.
     */
    public byte[] personalise(byte[] page, Reader reader) {
        java.util.List<Found> found = new java.util.ArrayList<>();
        java.util.Map<String, java.util.List<String>> all = new java.util.HashMap<>();
        int from = 0;
        while (true) {
            int start = Bytes.indexOf(page, OPEN, from);
            if (start < 0) {
                break;
            }
            int headEnd = Bytes.indexOf(page, CLOSE, start + OPEN.length);
            if (headEnd < 0) {
                break;
            }
            String head = new String(page, start + OPEN.length, headEnd - start - OPEN.length, StandardCharsets.US_ASCII);
            int colon = head.indexOf(':');
            String name = colon < 0 ? head : head.substring(0, colon);
            String arg = colon < 0 ? "" : head.substring(colon + 1);
            byte[] end = ("<!--/dc:" + name + "-->").getBytes(StandardCharsets.US_ASCII);
            int endAt = Bytes.indexOf(page, end, headEnd);
            if (endAt < 0) {
                break;
            }
            from = endAt + end.length;
            if (KNOWN.contains(name) || source(name) != null) {
                found.add(new Found(start, from, name, arg));
                all.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(arg);
            }
        }
        if (found.isEmpty()) {
            return page;
        }
        java.util.Map<String, Object> memo = new java.util.HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + 1024);
        int copied = 0;
        for (Found f : found) {
            Source source = KNOWN.contains(f.name()) ? null : source(f.name());
            String fresh = source == null ? render(f.name(), f.arg(), reader)
                    : source.render(f.name(), f.arg(), reader, memo, all);
            if (fresh == null) {
                return null;
            }
            out.write(page, copied, f.start() - copied);
            out.writeBytes(fresh.getBytes(StandardCharsets.UTF_8));
            copied = f.end();
        }
        out.write(page, copied, page.length - copied);
        return out.toByteArray();
    }

    private record Found(int start, int end, String name, String arg) {
    }

    private volatile java.util.List<Source> sourceList;

    private java.util.List<Source> sources() {
        java.util.List<Source> list = sourceList;
        if (list == null) {
            list = sources == null ? java.util.List.of() : sources.stream().toList();
            sourceList = list;
        }
        return list;
    }

    private Source source(String name) {
        for (Source s : sources()) {
            if (s.names().contains(name)) {
                return s;
            }
        }
        return null;
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of(NAV, BAR, FORUM, MARKS, CONTACTS, EDIT, JOIN);

    private String render(String name, String arg, Reader r) {
        return switch (name) {
            case NAV -> accountNav(r.actor(), r.locale(), r.contextPath());
            case BAR -> accountBar(r.actor(), r.locale(), r.contextPath());
            case FORUM -> forumMatches(r.actor(), r.locale(), r.contextPath(),
                    new String(Base64.getUrlDecoder().decode(arg), StandardCharsets.UTF_8));
            case MARKS -> sheetMarks(r, Long.parseLong(arg));
            case CONTACTS -> sheetContacts(r, Long.parseLong(arg));
            case EDIT -> sheetEdit(r, Long.parseLong(arg));
            default -> sheetJoinShared(r, Long.parseLong(arg));
        };
    }

    /** A region: its content between the markers the cache finds it by. */
    public static String region(String name, String arg, String html) {
        return "<!--dc:" + name + (arg.isEmpty() ? "" : ":" + arg) + "-->" + html + "<!--/dc:" + name + "-->";
    }

    private static String link(String href, String id, String html) {
        return "<li><a href=\"" + href + "\"" + (id == null ? "" : " id=\"" + id + "\"") + ">" + html + "</a></li>";
    }

    private static String text(Locale locale, String key) {
        return Html.escape(Languages.text(locale, key));
    }
}
