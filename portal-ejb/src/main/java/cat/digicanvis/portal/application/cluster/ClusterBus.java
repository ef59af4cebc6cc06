package cat.digicanvis.portal.application.cluster;

import java.util.List;
import java.util.function.Consumer;

/**
 * Messages between the nodes that run the portal (the data grid's topic; on a single node, nobody listens). A
 * message published here reaches every other node's receivers, not this node's own.
 */
public interface ClusterBus {

    /** Sends {@code message} to the other nodes; never fails the caller (a lost message is logged). */
    void publish(String message);

    /** Calls {@code receiver} with each message another node publishes, in the order that node sent them. */
    void subscribe(Consumer<String> receiver);

    /** The nodes of the cluster as the data grid sees them (this one first); just this one when alone. */
    List<String> members();
}
