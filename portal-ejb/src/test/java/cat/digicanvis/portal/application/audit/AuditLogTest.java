package cat.digicanvis.portal.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void addressesInADetailAreBlanked() {
        assertEquals("account 7 → Tàrrega: write to [email], thanks",
                AuditLog.redacted("account 7 → Tàrrega: write to joan.pla+obs@tarrega.cat, thanks"));
        assertEquals("[email] and ([email])", AuditLog.redacted("a@b.cat and (c@d.cat)"));
        assertEquals("no address @ all", AuditLog.redacted("no address @ all"));
        assertNull(AuditLog.redacted(null));
    }
}
