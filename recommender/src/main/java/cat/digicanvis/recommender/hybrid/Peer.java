package cat.digicanvis.recommender.hybrid;

import java.util.List;

/** A body worth calling: its id, score, top reasons, and its projects that match the asker's needs, best first. */
public record Peer(String body, double score, List<Reason> reasons, List<String> projects) {

    public Peer {
        reasons = List.copyOf(reasons);
        projects = List.copyOf(projects);
    }
}
