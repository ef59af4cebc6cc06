package cat.digicanvis.portal.domain.model.mail;

import java.util.List;
import java.util.Optional;

public interface MailRepository {

    void store(MailMessage message);

    Optional<MailMessage> find(long id);

    List<Long> pendingIds(int max);

    List<MailMessage> latest(int first, int max);

    List<MailMessage> byRecipient(String recipient);
}
