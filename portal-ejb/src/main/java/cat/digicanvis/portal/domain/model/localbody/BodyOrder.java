package cat.digicanvis.portal.domain.model.localbody;

/** What the administrators' list of bodies can be ordered by. */
public enum BodyOrder { NAME, TYPE, POPULATION }
