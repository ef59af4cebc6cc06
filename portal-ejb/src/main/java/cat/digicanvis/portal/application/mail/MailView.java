package cat.digicanvis.portal.application.mail;

import cat.digicanvis.portal.domain.model.mail.MailStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

public record MailView(long id, String recipient, String language, String subject, String body, MailStatus status,
        int attempts, String lastError, LocalDateTime createdAt, LocalDateTime sentAt,
        boolean bodyPurged) implements Serializable {
}
