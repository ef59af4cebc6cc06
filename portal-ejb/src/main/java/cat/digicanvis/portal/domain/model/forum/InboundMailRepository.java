package cat.digicanvis.portal.domain.model.forum;

import java.time.LocalDateTime;

/** The mails read from the reply mailbox, by key: a mail read twice is handled once. */
public interface InboundMailRepository {

    /** Records a mail's arrival with an outcome; false when it was recorded before (a repeat). */
    boolean record(String key, String sender, String outcome, Long postId, LocalDateTime now);

    void outcome(String key, String outcome, Long postId);

    /** The recorded outcome of a mail, if it was read before. */
    java.util.Optional<String> outcome(String key);
}
