package cat.digicanvis.portal.domain.model.membership;

public enum MembershipStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
