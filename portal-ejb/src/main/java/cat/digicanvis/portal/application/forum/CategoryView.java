package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.project.Area;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A category as its lists show it, with its texts in the three languages and what the reader may do. */
public record CategoryView(long id, int version, String slug, String nameCa, String nameEs, String nameEn,
        String descriptionCa, String descriptionEs, String descriptionEn, int position, CategoryAccess readAccess,
        CategoryAccess startAccess, Area area, long topics, long posts, LocalDateTime lastActivity,
        boolean mayStart) implements Serializable {

    public String name(String language) {
        return ForumCategory.inLanguage(language, nameCa, nameEs, nameEn);
    }

    public String description(String language) {
        return ForumCategory.inLanguage(language, descriptionCa, descriptionEs, descriptionEn);
    }

    public boolean membersOnly() {
        return readAccess != CategoryAccess.EVERYONE;
    }
}
