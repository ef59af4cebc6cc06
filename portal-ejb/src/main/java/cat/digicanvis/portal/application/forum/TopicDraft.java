package cat.digicanvis.portal.application.forum;

import java.io.Serializable;

/**
 * A new topic: in a category, or as the first post of a sheet's discussion ({@code sheetId}; its category
 * and title then come from the sheet and the others are ignored).
 */
public record TopicDraft(Long categoryId, Long sheetId, String title, String body) implements Serializable {
}
