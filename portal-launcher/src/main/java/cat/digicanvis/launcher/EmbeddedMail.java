package cat.digicanvis.launcher;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;

/**
 * GreenMail set up as a real mail server would be for the portal: mail to {@code forum+token@…} lands in the
 * {@code forum@…} mailbox (subaddressing, as Postfix's {@code recipient_delimiter = +} does), which the portal
 * reads over IMAP with its own password. Every other address gets its own mailbox, created on first mail,
 * whose login and password are the address (GreenMail's habit), so one can read one's mail and answer it.
 */
final class EmbeddedMail {

    private EmbeddedMail() {
    }

    static void subaddressing(GreenMail greenMail, String replyAddress, String password) throws Exception {
        UserManager users = greenMail.getUserManager();
        users.createUser(replyAddress, replyAddress, password);
        users.setMessageDeliveryHandler((message, address) -> {
            String email = address.getEmail();
            int plus = email.indexOf('+');
            int at = email.lastIndexOf('@');
            String box = plus > 0 && plus < at ? email.substring(0, plus) + email.substring(at) : email;
            GreenMailUser user = users.getUserByEmail(box);
            return user != null ? user : users.createUser(box, box, box);
        });
    }
}
