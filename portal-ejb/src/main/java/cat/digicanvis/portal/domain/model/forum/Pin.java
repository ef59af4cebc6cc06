package cat.digicanvis.portal.domain.model.forum;

/** A pinned topic leads its category's list, or every list. */
public enum Pin {
    NONE,
    CATEGORY,
    GLOBAL
}
