package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts as a reader sees them: their marks, what the reader may do, and cards for the sheets they link to. */
@ApplicationScoped
public class PostViews {

    private static final Pattern SHEET_LINK = Pattern.compile("/project/view\\.xhtml\\?id=(\\d{1,12})");
    private static final int SHEET_CARDS_MAX = 5;

    @Inject
    ForumRepository forum;
    @Inject
    CatalogueService catalogue;

    public List<PostView> views(Actor actor, Topic topic, List<Post> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = posts.stream().map(Post::getId).toList();
        return views(actor, topic, posts, actor.isSignedIn() ? forum.marks(actor.accountId(), ids)
                : new ForumRepository.Marks(Set.of(), Set.of()));
    }

    /** The same, with the reader's likes and bookmarks among these posts already read. */
    public List<PostView> views(Actor actor, Topic topic, List<Post> posts, ForumRepository.Marks marks) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Set<Long> liked = marks.liked();
        Set<Long> marked = marks.bookmarked();
        boolean asker = actor.isSignedIn() && actor.accountId().equals(topic.getAuthorId());
        List<PostView> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            boolean mine = actor.isSignedIn() && actor.accountId().equals(p.getAuthorId());
            boolean visible = p.isVisible();
            out.add(new PostView(p.getId(), p.getVersion(), topic.getId(), p.getNumber(), p.getAuthorId(),
                    p.getAuthorName(), p.getHtml(), mine || actor.isEditor() || visible ? p.getBody() : null, p.getStatus(),
                    p.getCreatedAt(), p.getEditedAt(), p.getRevisions(), p.getLikes(), liked.contains(p.getId()),
                    marked.contains(p.getId()), p.getId().equals(topic.getAcceptedPostId()), p.getQuotePostId(),
                    p.getQuoteNumber(), p.getQuoteAuthor(), sheetCards(p.getBody()), mine,
                    ForumService.mayEdit(actor, topic, p), actor.isSignedIn() && visible && !mine,
                    actor.isSignedIn() && visible && !mine,
                    visible && p.getNumber() > 1 && (asker || actor.isEditor()) && actor.isSignedIn(),
                    actor.isEditor(), mine || actor.isEditor() ? p.getModerationNote() : null));
        }
        return out;
    }

    /** Cards for the portal's published sheets that a post links to (at most five, each once). */
    private List<SheetCardView> sheetCards(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = SHEET_LINK.matcher(body);
        while (m.find() && ids.size() < SHEET_CARDS_MAX) {
            ids.add(Long.parseLong(m.group(1)));
        }
        List<SheetCardView> cards = new ArrayList<>();
        for (long id : ids) {
            catalogue.entry(id).ifPresent((CatalogueEntry e) -> cards.add(
                    new SheetCardView(e.id(), e.title(), e.lead().name(), e.phase())));
        }
        return cards;
    }
}
