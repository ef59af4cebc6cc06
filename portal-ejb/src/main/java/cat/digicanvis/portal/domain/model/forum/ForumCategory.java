package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place for topics, named and described in the portal's three languages, managed by administrators. It
 * says who may read it (everyone, or members of a body only) and who may start topics in it. The six
 * area categories also receive the discussions of the sheets of their area.
 */
@Entity
@Table(name = "forum_category")
@NamedQuery(name = ForumCategory.ALL, query = "SELECT c FROM ForumCategory c ORDER BY c.position, c.id")
@NamedQuery(name = ForumCategory.BY_AREA, query = "SELECT c FROM ForumCategory c WHERE c.area = :area ORDER BY c.position")
public class ForumCategory {

    public static final String ALL = "ForumCategory.all";
    public static final String BY_AREA = "ForumCategory.byArea";
    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false)
    private String slug;
    @Column(name = "name_ca", nullable = false)
    private String nameCa;
    @Column(name = "name_es", nullable = false)
    private String nameEs;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "description_ca", nullable = false)
    private String descriptionCa;
    @Column(name = "description_es", nullable = false)
    private String descriptionEs;
    @Column(name = "description_en", nullable = false)
    private String descriptionEn;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "read_access", nullable = false)
    private CategoryAccess readAccess;
    @Enumerated(EnumType.STRING)
    @Column(name = "start_access", nullable = false)
    private CategoryAccess startAccess;
    @Enumerated(EnumType.STRING)
    private Area area;

    protected ForumCategory() {
    }

    public ForumCategory(String slug, Texts texts, int position, CategoryAccess readAccess, CategoryAccess startAccess,
            Area area) {
        this.slug = slug == null ? null : slug.strip();
        change(texts, position, readAccess, startAccess, area);
        if (this.slug == null || !SLUG.matcher(this.slug).matches() || this.slug.length() > 60) {
            throw new RuleViolationException(Violation.of("slug", "validation.forum.slug"));
        }
    }

    /** The names and descriptions in Catalan, Spanish and English. */
    public record Texts(String nameCa, String nameEs, String nameEn, String descriptionCa, String descriptionEs,
            String descriptionEn) {

        public String name(String language) {
            return inLanguage(language, nameCa, nameEs, nameEn);
        }
    }

    /** The text for a language of the portal; Catalan for any other (or none). */
    public static String inLanguage(String language, String ca, String es, String en) {
        return switch (language == null ? "ca" : language) {
            case "es" -> es;
            case "en" -> en;
            default -> ca;
        };
    }

    public void change(Texts texts, int newPosition, CategoryAccess newRead, CategoryAccess newStart, Area newArea) {
        List<Violation> v = new ArrayList<>();
        check(v, "categoryNameCa", texts.nameCa(), NAME_MAX);
        check(v, "categoryNameEs", texts.nameEs(), NAME_MAX);
        check(v, "categoryNameEn", texts.nameEn(), NAME_MAX);
        check(v, "categoryDescriptionCa", texts.descriptionCa(), DESCRIPTION_MAX);
        check(v, "categoryDescriptionEs", texts.descriptionEs(), DESCRIPTION_MAX);
        check(v, "categoryDescriptionEn", texts.descriptionEn(), DESCRIPTION_MAX);
        if (newPosition < 0 || newPosition > 1000) {
            v.add(Violation.of("categoryPosition", "validation.range", 0, 1000));
        }
        if (newRead == null || newRead == CategoryAccess.VERIFIED || newRead == CategoryAccess.STAFF) {
            v.add(Violation.of("categoryRead", "validation.required"));
        }
        if (newStart == null || newStart == CategoryAccess.EVERYONE) {
            v.add(Violation.of("categoryStart", "validation.required"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        nameCa = texts.nameCa().strip();
        nameEs = texts.nameEs().strip();
        nameEn = texts.nameEn().strip();
        descriptionCa = texts.descriptionCa().strip();
        descriptionEs = texts.descriptionEs().strip();
        descriptionEn = texts.descriptionEn().strip();
        position = newPosition;
        readAccess = newRead;
        startAccess = newStart;
        area = newArea;
    }

    private static void check(List<Violation> v, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            v.add(Violation.of(field, "validation.required"));
        } else if (text.strip().length() > max) {
            v.add(Violation.of(field, "validation.tooLong", max));
        }
    }

    public boolean mayRead(Actor actor) {
        return readAccess.allows(actor) || actor.isEditor();
    }

    /** Starting a topic also needs the right to read the category. */
    public boolean mayStart(Actor actor) {
        return mayRead(actor) && startAccess.allows(actor);
    }

    /** Open to anonymous visitors: its pages may be cached and its topics go into the public feeds. */
    public boolean isPublic() {
        return readAccess == CategoryAccess.EVERYONE;
    }

    public Texts texts() {
        return new Texts(nameCa, nameEs, nameEn, descriptionCa, descriptionEs, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public CategoryAccess getReadAccess() {
        return readAccess;
    }

    public CategoryAccess getStartAccess() {
        return startAccess;
    }

    public Area getArea() {
        return area;
    }
}
