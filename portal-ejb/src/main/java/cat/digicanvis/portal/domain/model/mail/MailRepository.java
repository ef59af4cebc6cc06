package cat.digicanvis.portal.domain.model.mail;

import java.util.List;
import java.util.Optional;

public interface MailRepository {

    void store(MailMessage message);

    Optional<MailMessage> find(long id);

    /**
     * Claims a pending mail for a node to send, until its claim ends (timed by the database); false when it is
     * not pending any more or another node's claim has not ended.
     */
    boolean claim(long id, String node, java.time.Duration claim);

    List<Long> pendingIds(int max);

    /** How many mails wait in the outbox. */
    long pendingCount();

    List<MailMessage> latest(int first, int max);

    List<MailMessage> byRecipient(String recipient);

    /** Removes the bodies of mails sent or given up before {@code before}; returns how many. */
    int purgeBodies(java.time.LocalDateTime before);

    /** Deletes the mails sent or given up before {@code before}; returns how many. */
    int purge(java.time.LocalDateTime before);
}
