package cat.digicanvis.portal.infrastructure.cluster;

import cat.digicanvis.portal.application.cluster.ClusterBus;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The cluster's messages on a topic of Payara's data grid (Hazelcast, JNDI {@value #JNDI_NAME}): every member
 * of the grid that runs the portal hears them. Messages are plain text, so the grid needs none of the portal's
 * classes. Listeners run on the grid's threads, wrapped by the container's context service so that they act
 * with the portal's context (its CDI beans, resources and class loader). Without a grid (Payara started
 * with {@code --nohazelcast}) messages go nowhere: there is nobody to tell.
 */
@ApplicationScoped
public class HazelcastClusterBus implements ClusterBus {

    static final String JNDI_NAME = "payara/Hazelcast";
    static final String TOPIC = "digicanvis.changes";
    private static final Logger LOG = Logger.getLogger(HazelcastClusterBus.class.getName());

    @Resource
    ContextService contexts;

    private HazelcastInstance grid;
    private ITopic<String> topic;
    private final List<UUID> listeners = new ArrayList<>();

    @PostConstruct
    void connect() {
        try {
            grid = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
            topic = grid.getTopic(TOPIC);
            LOG.info(() -> "cluster messages on the data grid's topic " + TOPIC + "; members: " + members());
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "no data grid (" + e.getMessage() + "): this node runs alone");
        }
    }

    @Override
    public void publish(String message) {
        if (topic == null) {
            return;
        }
        try {
            topic.publish(message);
        } catch (RuntimeException e) {
            // the change is committed; the others' caches catch up through their own limits
            LOG.log(Level.WARNING, "could not tell the other nodes: " + message, e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void subscribe(Consumer<String> receiver) {
        if (topic == null) {
            return;
        }
        MessageListener<String> listener = (Message<String> m) -> {
            if (!m.getPublishingMember().localMember()) {
                receiver.accept(m.getMessageObject());
            }
        };
        listeners.add(topic.addMessageListener(contexts.createContextualProxy(listener, MessageListener.class)));
    }

    @Override
    public List<String> members() {
        if (grid == null) {
            return List.of("local");
        }
        List<String> out = new ArrayList<>();
        Member me = grid.getCluster().getLocalMember();
        out.add(me.getAddress().toString());
        for (Member m : grid.getCluster().getMembers()) {
            if (!m.localMember()) {
                out.add(m.getAddress().toString());
            }
        }
        return out;
    }

    @PreDestroy
    synchronized void disconnect() {
        if (topic != null) {
            for (UUID id : listeners) {
                try {
                    topic.removeMessageListener(id);
                } catch (RuntimeException e) {
                    // the grid is shutting down too
                }
            }
            listeners.clear();
        }
    }
}
