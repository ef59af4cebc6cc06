package cat.digicanvis.portal.domain.model.account;

/** The orders the administrators' list of accounts can be read in; each names the field it sorts by. */
public enum AccountOrder {
    EMAIL("email"), NAME("displayName"), STATUS("status"), CREATED("createdAt"), LAST_LOGIN("lastLoginAt");

    private final String field;

    AccountOrder(String field) {
        this.field = field;
    }

    /** The entity field: a fixed name, never taken from the request. */
    public String field() {
        return field;
    }
}
