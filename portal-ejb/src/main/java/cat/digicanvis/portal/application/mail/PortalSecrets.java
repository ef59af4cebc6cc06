package cat.digicanvis.portal.application.mail;

/** Keys the portal signs with, shared by every node and kept across restarts (made on first use). */
public interface PortalSecrets {

    /** The key of that name, 32 random bytes made the first time it is asked for. */
    byte[] key(String name);
}
