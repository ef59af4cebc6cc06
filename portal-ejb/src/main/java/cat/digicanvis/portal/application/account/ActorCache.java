package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.domain.model.account.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who a session's account is (name, roles, bodies), kept in memory: every signed-in request asks, and reading the
 * account and its memberships took two queries each time. An account's entry is dropped whenever the account or
 * one of its memberships changes (the persistence layer says so, at the change and after its commit); entries
 * also expire after a minute, in case a change reached the database some other way. Per node: another node's
 * committed change reaches this one through {@link cat.digicanvis.portal.application.cluster.ClusterRelay}.
 */
@ApplicationScoped
public class ActorCache {

    static final long LIFETIME_NANOS = Duration.ofMinutes(1).toNanos();

    private record Entry(Actor actor, int epoch, long loadedAt) {
    }

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The account's actor when known for this session epoch and fresh. */
    Optional<Actor> get(long accountId, int epoch) {
        Entry e = entries.get(accountId);
        if (e == null || e.epoch() != epoch || System.nanoTime() - e.loadedAt() > LIFETIME_NANOS) {
            return Optional.empty();
        }
        return Optional.of(e.actor());
    }

    /** The generation to pass to {@link #put}: taken before the account is read. */
    long generation() {
        return generation.get();
    }

    /** Keeps what was read, unless a change came meanwhile (it may have been dropped before this was put). */
    void put(long accountId, int epoch, Actor actor, long readAtGeneration) {
        Entry e = new Entry(actor, epoch, System.nanoTime());
        entries.put(accountId, e);
        if (generation.get() != readAtGeneration) {
            entries.remove(accountId, e);
        }
    }

    /** The account or its memberships changed. */
    public void forget(long accountId) {
        generation.incrementAndGet();
        entries.remove(accountId);
    }
}
