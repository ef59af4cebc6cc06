package cat.digicanvis.portal.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Scheduled work that must run once however many nodes run the portal: each node's timer fires, and only the
 * node that holds the job's lease runs it. The lease is kept past the run (shorter than the job's period), so
 * that a node whose timer fires a moment later does not run it again; it ends at its time, so a node that dies
 * does not keep the job from running.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    /** This node: its host and a random part, new at each start. */
    private final String node = host() + "/" + UUID.randomUUID();

    @Inject
    JobLeases leases;

    /** Whether this node runs {@code job} now (it holds, or has just taken, its lease). */
    public boolean mine(String job, Duration lease) {
        boolean mine = leases.take(job, node, lease);
        if (!mine) {
            LOG.fine(() -> job + ": another node runs it");
        }
        return mine;
    }

    public String node() {
        return node;
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "node";
        }
    }
}
