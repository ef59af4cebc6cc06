package cat.digicanvis.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What bin/run says when the portal did not start: the deepest cause the log gives. */
class PortalLauncherTest {

    @Test
    void theDeepestCauseOfTheLogIsSaid() {
        String log = "[INFO] starting\n[SEVERE] Exception while loading the app\n"
                + "jakarta.ejb.EJBException: startup\n  at x.y(Z.java:1)\n"
                + "Caused by: org.flywaydb.core.FlywayException: migration failed\n"
                + "Caused by: java.sql.SQLException: Access denied for user 'x'@'h'\n  at a.b(C.java:2)\n";
        assertEquals(Optional.of("java.sql.SQLException: Access denied for user 'x'@'h'"), PortalLauncher.firstError(log));
        assertEquals(Optional.of("[SEVERE] boom"), PortalLauncher.firstError("[INFO] a\n[SEVERE] boom\n"));
        assertTrue(PortalLauncher.firstError("all fine\n").isEmpty());
    }

    @Test
    void haproxyBalancesBothNodesKeepsSessionsAndChecksLiveness() {
        String cfg = ClusterLauncher.haproxyConfig(8080, java.util.List.of());
        assertTrue(cfg.contains("bind 127.0.0.1:8080"), cfg);
        assertTrue(cfg.contains("cookie DCSESSION prefix nocache") && cfg.contains("option redispatch"), cfg);
        assertTrue(cfg.contains("option httpchk GET /health/live"), cfg);
        assertTrue(cfg.contains("del-header Upgrade if { req.hdr(Upgrade) -i h2c }"), "no h2c tunnel: " + cfg);
    }

    @Test
    void aNodeAloneKeepsItsSessionsInItsMemoryAndClusteredOnesInTheGrid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String alone = java.nio.file.Files.readString(PortalLauncher.bootCommands(dir, false));
        assertTrue(alone.contains(PortalLauncher.SINGLE_NODE_SESSIONS) && alone.contains("compression=on"), alone);
        String clustered = java.nio.file.Files.readString(PortalLauncher.bootCommands(dir, true));
        assertTrue(!clustered.contains("availability") && clustered.contains("compression=on"), clustered);
        // the Arquillian tests' node is set up the same way
        String tests = java.nio.file.Files.readString(DatabaseOutageIT.HOME.resolve("portal-web/src/test/payara/single-node.asadmin"));
        assertTrue(tests.contains(PortalLauncher.SINGLE_NODE_SESSIONS), tests);
    }
}
