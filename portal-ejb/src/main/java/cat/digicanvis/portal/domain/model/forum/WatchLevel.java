package cat.digicanvis.portal.domain.model.forum;

/**
 * How closely a person follows a topic (Discourse's levels): watching, told of every new post; tracking, shown
 * how many are new; normal, told only when someone replies to them or quotes them; muted, told nothing.
 * One watches the topics one starts or replies to.
 */
public enum WatchLevel {
    WATCHING,
    TRACKING,
    NORMAL,
    MUTED
}
