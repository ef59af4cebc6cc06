package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

public record MembershipView(long id, int version, long accountId, String accountEmail, String accountName,
        BodySummaryView body, String position, MembershipStatus status, String reason, LocalDateTime requestedAt,
        LocalDateTime decidedAt) implements Serializable {
}
