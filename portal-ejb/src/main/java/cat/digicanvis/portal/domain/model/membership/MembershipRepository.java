package cat.digicanvis.portal.domain.model.membership;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface MembershipRepository {

    Optional<Membership> find(long id);

    Optional<Membership> find(long accountId, long bodyId);

    List<Membership> byAccount(long accountId);

    /** Memberships in a state, a page at a time. */
    List<Membership> byStatus(MembershipStatus status, int first, int max);

    /** How many memberships are in that state. */
    long countByStatus(MembershipStatus status);

    Set<Long> approvedBodyIds(long accountId);

    /** The approved members of a body. */
    List<Membership> approvedMembers(long bodyId);

    void store(Membership membership);

    void remove(Membership membership);
}
