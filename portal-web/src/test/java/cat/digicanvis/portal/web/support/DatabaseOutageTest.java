package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away" (503, try again) and which are the portal's own (500). */
class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionDeepInTheChainIsAnOutage() {
        SQLException refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000");
        RuntimeException wrapped = new RuntimeException("EJB failed",
                new IllegalStateException("persistence", new RuntimeException("Internal Exception", refused)));
        assertTrue(DatabaseOutage.caused(wrapped));
        assertTrue(DatabaseOutage.caused(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseOutage.caused(new RuntimeException(
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.caused(new SQLException("Duplicate entry 'x' for key 'uk'", "23000")));
        assertFalse(DatabaseOutage.caused(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.caused(new RuntimeException("no cause")));
        RuntimeException self = new RuntimeException("loop");
        assertFalse(DatabaseOutage.caused(self));
    }
}
