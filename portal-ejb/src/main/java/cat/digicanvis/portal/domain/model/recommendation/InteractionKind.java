package cat.digicanvis.portal.domain.model.recommendation;

/**
 * What a member did with a sheet, and the grade the recommender learns from it: view 1, bookmark 2,
 * "worked for us" 3, a post in the sheet's discussion 3, contact request 4, visit request 4, collaboration
 * request 5, a visit held or a collaboration started 6; "not relevant" is a negative example. Asking the people behind a sheet to talk is as strong a sign
 * as asking to visit it; discussing it in the forum, as saying it worked.
 */
public enum InteractionKind {
    VIEW(1),
    BOOKMARK(2),
    WORKED_FOR_US(3),
    FORUM_POST(3),
    CONTACT_REQUEST(4),
    VISIT_REQUEST(4),
    COLLABORATION_REQUEST(5),
    /** A visit that took place: the strongest sign that a project travels. */
    VISIT_HELD(6),
    /** A collaboration that started, as strong as a visit held. */
    COLLABORATION_STARTED(6),
    NOT_RELEVANT(-1);

    private final int grade;

    InteractionKind(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    /** Views count once a day; the others once and for all, until withdrawn. */
    public boolean daily() {
        return this == VIEW;
    }

    /** The kinds a member can set and withdraw from a sheet's page or the recommendations. */
    public boolean toggled() {
        return this == BOOKMARK || this == WORKED_FOR_US || this == NOT_RELEVANT;
    }
}
