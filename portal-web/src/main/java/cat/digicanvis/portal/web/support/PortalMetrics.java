package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.recommendation.RecommenderRuntime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The portal's own figures for the operators and the load balancer, served by Payara at {@code /metrics} (MicroProfile
 * Metrics, application scope, Prometheus text): requests and server errors, the page cache's hits, misses, pages and
 * bytes, the mails waiting in the outbox, and how long the recommender's last training took. Per node: a cluster's
 * figures are the sum (or, for the outbox, the same on every node).
 */
@ApplicationScoped
public class PortalMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;
    @Inject
    PageCache pages;
    @Inject
    MailService mail;
    @Inject
    RecommenderRuntime recommender;
    @Inject
    cat.digicanvis.portal.application.cluster.ClusterBus cluster;
    @Inject
    cat.digicanvis.portal.application.cluster.ClusterRelay relay;

    private Counter requests;
    private Counter serverErrors;
    private Counter cacheHits;
    private Counter cacheMisses;

    @PostConstruct
    void register() {
        requests = registry.counter(meta("portal.requests", "Requests the portal answered (pages, API, files)"));
        serverErrors = registry.counter(meta("portal.server_errors", "Answers with a status of 500 or more"));
        cacheHits = registry.counter(meta("portal.page_cache.hits", "Reading pages served from the page cache"));
        cacheMisses = registry.counter(meta("portal.page_cache.misses", "Cacheable reading pages rendered afresh"));
        registry.gauge(meta("portal.page_cache.pages", "Pages kept in the page cache"), pages, p -> p.size()[0]);
        registry.gauge(meta("portal.page_cache.bytes", "Bytes the page cache keeps (deflated)"), pages, p -> p.size()[1]);
        registry.gauge(meta("portal.outbox.pending", "Mails waiting in the outbox (-1 while the database is away)"),
                mail, m -> {
                    try {
                        return m.pending();
                    } catch (RuntimeException e) {
                        return -1L;
                    }
                });
        registry.gauge(meta("portal.cluster.members", "Members of the data grid this node sees, itself included"),
                cluster, c -> c.members().size());
        registry.gauge(meta("portal.cluster.changes_received", "Changes committed on other nodes that this node followed"),
                relay, r -> r.received());
        registry.gauge(meta("portal.recommender.training_seconds", "How long the last training of the recommender took"
                + " (0 before the first)"), recommender, r -> seconds(r.status().facts().get("trainingSeconds")));
    }

    /** Registers the figures as the application starts, so that they are there before the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        requests.getCount();
    }

    private static Metadata meta(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(MetricUnits.NONE).build();
    }

    private static double seconds(String fact) {
        try {
            return fact == null ? 0 : Double.parseDouble(fact);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An answer went out with this status. */
    public void answered(int status) {
        requests.inc();
        if (status >= 500) {
            serverErrors.inc();
        }
    }

    public void cacheHit() {
        cacheHits.inc();
    }

    public void cacheMiss() {
        cacheMisses.inc();
    }
}
