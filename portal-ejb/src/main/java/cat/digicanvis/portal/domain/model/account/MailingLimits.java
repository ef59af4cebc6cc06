package cat.digicanvis.portal.domain.model.account;

import java.time.Duration;

/**
 * How many mails a visitor can have the portal send (sign-up, forgotten password, a new verification link, a
 * change of address): per target address, so that nobody's mailbox can be flooded, and per client address, so
 * that one client cannot spread them over many targets. A training room behind one address still fits.
 */
public final class MailingLimits {

    public static final Duration WINDOW = Duration.ofHours(1);
    /** Mails to one address per window, whoever asks. */
    public static final int PER_TARGET = 3;
    /** Mails asked for by one client address per window, whatever the targets. */
    public static final int PER_CLIENT = 20;

    private MailingLimits() {
    }

    public static String forTarget(String email) {
        return ActionCounter.key("mail-to:", Account.normaliseEmail(email == null ? "" : email));
    }

    public static String forClient(String address) {
        return ActionCounter.key("mail-from:", address == null ? "?" : address);
    }
}
