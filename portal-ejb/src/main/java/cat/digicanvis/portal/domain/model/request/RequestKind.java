package cat.digicanvis.portal.domain.model.request;

import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;

/**
 * What a body asks another for: to be put in touch, a visit to see a project at work, or a collaboration.
 * A request about a sheet is also a strong sign of interest for the recommender.
 */
public enum RequestKind {
    CONTACT(InteractionKind.CONTACT_REQUEST),
    VISIT(InteractionKind.VISIT_REQUEST),
    COLLABORATION(InteractionKind.COLLABORATION_REQUEST);

    private final InteractionKind interaction;

    RequestKind(InteractionKind interaction) {
        this.interaction = interaction;
    }

    public InteractionKind interaction() {
        return interaction;
    }
}
