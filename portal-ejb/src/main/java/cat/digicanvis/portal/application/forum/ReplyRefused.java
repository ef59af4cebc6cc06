package cat.digicanvis.portal.application.forum;

import jakarta.ejb.ApplicationException;

/** An answer by mail that is not posted: the reason's key in the mail templates ({@code forumReplyRefused.*}). */
@ApplicationException(rollback = true)
public class ReplyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient Long accountId;

    public ReplyRefused(String reason, Long accountId) {
        super(reason);
        this.reason = reason;
        this.accountId = accountId;
    }

    public String reason() {
        return reason;
    }

    /** The account the token named, when it was genuine (its language answers the refusal). */
    public Long accountId() {
        return accountId;
    }
}
