package cat.digicanvis.portal.domain.model.forum;

/**
 * How closely a person follows a topic or a category (Discourse's levels): watching, told of every new post;
 * first post (categories only), told of every new topic; tracking, shown how many are new; normal, told only
 * when someone mentions them, replies to them or quotes them; muted, told nothing.
 * One watches the topics one starts or replies to.
 */
public enum WatchLevel {
    WATCHING,
    FIRST_POST,
    TRACKING,
    NORMAL,
    MUTED;

    /** The levels a topic can have (first post only makes sense for a category). */
    public boolean forTopics() {
        return this != FIRST_POST;
    }
}
