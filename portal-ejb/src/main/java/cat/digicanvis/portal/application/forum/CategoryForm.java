package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.project.Area;
import java.io.Serializable;

/** An administrator's new or changed category; {@code id} null for a new one. */
public record CategoryForm(Long id, int version, String slug, String nameCa, String nameEs, String nameEn,
        String descriptionCa, String descriptionEs, String descriptionEn, int position, CategoryAccess readAccess,
        CategoryAccess startAccess, Area area) implements Serializable {
}
