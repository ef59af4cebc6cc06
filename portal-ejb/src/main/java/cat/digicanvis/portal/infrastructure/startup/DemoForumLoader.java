package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.application.text.MarkupRenderer;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Pin;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads a few forum topics and sheet discussions ({@code demo/demo-forum.json}: fictitious people, every topic
 * marked as demo) so that a newcomer to bin/run sees a living forum. Written straight to the repository, with
 * dates in the past, since the posting limits exist for people, not for a seed. Runs once per database.
 */
@ApplicationScoped
public class DemoForumLoader {

    private static final Logger LOG = Logger.getLogger(DemoForumLoader.class.getName());

    @Inject
    ForumRepository forum;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    MarkupRenderer markup;
    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public void load() {
        if (!em.createQuery("SELECT t.id FROM Topic t WHERE t.demo = TRUE").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        JsonObject root;
        try (InputStream in = DemoForumLoader.class.getClassLoader().getResourceAsStream("demo/demo-forum.json");
             JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (JsonValue v : root.getJsonArray("topics")) {
            JsonObject t = v.asJsonObject();
            ForumCategory c = forum.categories().stream().filter(x -> x.getSlug().equals(t.getString("category")))
                    .findFirst().orElseThrow();
            Topic topic = topic(c, t.getString("title"), null, t.getJsonArray("posts"));
            if (t.containsKey("pinned")) {
                topic.pin(Pin.valueOf(t.getString("pinned")));
            }
            n++;
        }
        for (JsonValue v : root.getJsonArray("sheetDiscussions")) {
            JsonObject d = v.asJsonObject();
            ProjectSheet sheet = em.createQuery("SELECT s FROM ProjectSheet s WHERE s.title = :t", ProjectSheet.class)
                    .setParameter("t", d.getString("sheet")).getResultStream().findFirst().orElse(null);
            if (sheet == null || forum.topicOfSheet(sheet.getId()).isPresent()) {
                continue;
            }
            Area first = sheet.getAreas().stream().sorted().findFirst().orElse(Area.CITIZEN_CARE);
            ForumCategory c = forum.categoryForArea(first).orElseThrow();
            topic(c, sheet.getTitle(), sheet.getId(), d.getJsonArray("posts"));
            n++;
        }
        int loaded = n;
        LOG.info(() -> "Loaded " + loaded + " demo forum topics");
    }

    private Topic topic(ForumCategory c, String title, Long sheetId, JsonArray posts) {
        LocalDateTime now = Clock.now();
        JsonObject first = posts.getJsonObject(0);
        LocalDateTime started = now.minusDays(first.getInt("daysAgo"));
        Topic topic = new Topic(c, title, null, first.getString("author"), sheetId, started);
        topic.markDemo();
        forum.store(topic);
        List<Post> stored = new ArrayList<>();
        for (JsonValue pv : posts) {
            JsonObject p = pv.asJsonObject();
            Post quoted = p.containsKey("quote") ? stored.get(p.getInt("quote") - 1) : null;
            Post post = new Post(topic, topic.takeNumber(), null, p.getString("author"), p.getString("text"),
                    markup.toSafeHtml(p.getString("text")), false, quoted, now.minusDays(p.getInt("daysAgo")));
            forum.store(post);
            topic.shown(post);
            stored.add(post);
            if (p.getBoolean("accepted", false)) {
                topic.accept(post);
            }
        }
        return topic;
    }
}
