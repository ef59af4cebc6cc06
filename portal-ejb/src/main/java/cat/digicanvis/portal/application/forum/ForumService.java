package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.text.MarkupRenderer;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.FlagReason;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import cat.digicanvis.portal.domain.model.forum.MailPreference;
import cat.digicanvis.portal.domain.model.forum.ForumMember;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.PostRevision;
import cat.digicanvis.portal.domain.model.forum.PostStatus;
import cat.digicanvis.portal.domain.model.forum.PostingLimits;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicQuery;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forum for its readers and writers: categories and topic lists, a topic's pages, starting topics (in a
 * category, or a sheet's discussion), replying and quoting, editing with kept revisions, withdrawing, likes,
 * bookmarks, the accepted answer and flags. Every rule is checked here, whatever page or API calls: who may
 * read a category and start topics in it, newcomers' posts waiting for approval, silenced people, closed
 * topics and the pace limits, counted in the database under a lock of the person's forum row.
 */
@Stateless
@VersionChecked
public class ForumService {

    public static final int PAGE_SIZE = 20;
    public static final int LIST_PAGE_SIZE = 30;
    /** Flags by different people that hide a post until a moderator reviews it (Decidim's default). */
    public static final int FLAGS_TO_HIDE = 3;
    public static final int FLAG_NOTE_MAX = 500;

    @Inject
    ForumRepository forum;
    @Inject
    AccountRepository accounts;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    RecommendationRepository interactions;
    @Inject
    MarkupRenderer markup;
    @Inject
    cat.digicanvis.portal.domain.model.request.ContactRequestRepository contactRequests;
    @Inject
    PostViews postViews;
    @Inject
    ForumSearchIndex searchIndex;
    @Inject
    ForumSearchUpdater searchUpdater;
    @Inject
    ForumNotifier notifier;
    @Inject
    ForumMailer mailer;
    @Inject
    ForumCounts counts;
    @Inject
    cat.digicanvis.portal.application.mail.MailTokens tokens;
    @Inject
    cat.digicanvis.portal.domain.model.forum.NotificationRepository notifications;
    @Inject
    Event<ForumChanged> changes;
    @Inject
    Event<RecommenderDataChanged> recommenderData;

    // ---- reading

    /** The categories the reader may read, in their order, with their counts. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CategoryView> categories(Actor actor) {
        Map<Long, ForumRepository.CategoryStats> stats = counts.get("categoryStats", forum::categoryStats);
        return categoryList().stream().filter(c -> c.mayRead(actor)).map(c -> view(c, stats, actor)).toList();
    }

    /**
     * The categories, as read at the forum's last change (every list and topic page checks them): kept with the
     * forum's counts, for reading only.
     */
    private List<ForumCategory> categoryList() {
        return counts.get("categories", forum::categories);
    }

    /** The categories the reader may start topics in. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CategoryView> startable(Actor actor) {
        return categories(actor).stream().filter(CategoryView::mayStart).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CategoryView category(Actor actor, long categoryId) {
        ForumCategory c = readableCategory(actor, categoryId);
        return view(c, counts.get("categoryStats", forum::categoryStats), actor);
    }

    /**
     * A page of a list (latest, unanswered, mine, bookmarks), in every readable category or in one. The
     * person's own lists need them signed in.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TopicListView topics(Actor actor, Long categoryId, TopicList list, TopicSort sort, int page) {
        TopicList l = list == null ? TopicList.LATEST : list;
        if ((l == TopicList.MINE || l == TopicList.BOOKMARKS) && !actor.isSignedIn()) {
            throw new AccessDeniedException("forum.list");
        }
        CategoryView category = categoryId == null ? null : category(actor, categoryId);
        List<Long> readable = categoryList().stream().filter(c -> c.mayRead(actor)).map(ForumCategory::getId)
                .toList();
        int p = Math.max(1, page);
        TopicQuery query = new TopicQuery(readable, categoryId, l, sort, actor.accountId(), (p - 1) * LIST_PAGE_SIZE,
                LIST_PAGE_SIZE);
        // the shared lists' totals are the same for everyone who reads the same categories
        long total = l == TopicList.MINE || l == TopicList.BOOKMARKS ? forum.topicCount(query)
                : counts.get(List.of("topicCount", readable, categoryId == null ? 0L : categoryId, l), () -> forum.topicCount(query));
        List<Topic> topics = forum.topicPage(query);
        Map<Long, Integer> unread = unread(actor, topics.stream()
                .collect(java.util.stream.Collectors.toMap(Topic::getId, Topic::getLastNumber)));
        List<TopicSummaryView> items = topics.stream().map(t -> summary(t, unread.getOrDefault(t.getId(), 0))).toList();
        int pages = (int) Math.max(1, (total + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE);
        return new TopicListView(items, total, p, pages, l, sort == null ? TopicSort.ACTIVITY : sort, category);
    }

    /**
     * Whether the forum reads for this person as for a visitor: the same categories and topics, and no
     * moderator's view (waiting and hidden posts, the moderation tools). Pages shared by everybody may then be
     * served to them with only their own parts put in.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean readsAsVisitors(Actor actor) {
        return !actor.isEditor() && categoryList().stream().allMatch(c -> c.isPublic() || !c.mayRead(actor));
    }

    /** Whether the reader has posts in this topic that wait for a moderator's approval (only they see them). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasWaiting(Actor actor, long topicId) {
        return actor.isSignedIn() && !forum.postsOf(topicId, actor.accountId(), PostStatus.PENDING).isEmpty();
    }

    /**
     * For topics shown in a list (id to the number of their latest post), how many posts came since the reader
     * last read each one; topics they never opened are absent (nothing to mark as new).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Integer> unread(Actor actor, Map<Long, Integer> lastNumbers) {
        if (!actor.isSignedIn() || lastNumbers.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> out = new java.util.HashMap<>();
        forum.lastRead(actor.accountId(), lastNumbers.keySet())
                .forEach((topic, read) -> out.put(topic, Math.max(0, lastNumbers.get(topic) - read)));
        return out;
    }

    /**
     * A page of a topic; a signed-in reader's place is moved to the last post of the page (never back). A
     * page past the end shows the last one.
     */
    public TopicPageView topic(Actor actor, long topicId, int page) {
        Topic t = readableTopic(actor, topicId);
        int p = Math.min(Math.max(1, page), pages(t));
        return page(actor, t, p, forum.visiblePosts(t.getId(), (p - 1) * PAGE_SIZE, PAGE_SIZE));
    }

    /**
     * The same for a page whose posts the caller already shows (a page kept for everybody, to which the reader's
     * own parts are added): those posts as this reader sees them, loaded by their ids, with the reader's place
     * moved as {@link #topic} does. Posts no longer visible are left out.
     */
    public TopicPageView reading(Actor actor, long topicId, int page, java.util.Collection<Long> postIds) {
        Topic t = readableTopic(actor, topicId);
        List<Post> posts = forum.posts(postIds).stream()
                .filter(x -> x.getTopic().getId().equals(t.getId()) && x.getStatus() == PostStatus.VISIBLE)
                .sorted(java.util.Comparator.comparingInt(Post::getNumber)).toList();
        return page(actor, t, Math.min(Math.max(1, page), pages(t)), posts);
    }

    private static int pages(Topic t) {
        return (int) Math.max(1, (t.getVisiblePosts() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private TopicPageView page(Actor actor, Topic t, int p, List<Post> posts) {
        ProjectSheet sheet = t.getSheetId() == null ? null : sheets.find(t.getSheetId()).orElse(null);
        boolean readOnly = sheet != null && sheet.getStatus() != SheetStatus.PUBLISHED;
        long total = t.getVisiblePosts();
        List<Post> waiting = List.of();
        int unread = 0;
        Long firstUnread = null;
        int firstUnreadPage = p;
        cat.digicanvis.portal.domain.model.forum.WatchLevel level = null;
        ForumRepository.Marks marks = new ForumRepository.Marks(java.util.Set.of(), java.util.Set.of());
        if (actor.isSignedIn()) {
            // the reader's place, counted from there onwards (cheap however long the topic), in one query
            ForumRepository.ReadingState state = forum.readingState(t.getId(), actor.accountId(),
                    posts.stream().map(Post::getId).toList());
            marks = state.marks();
            unread = (int) Math.min(total, state.unread());
            if (unread > 0) {
                firstUnreadPage = (int) ((total - unread) / PAGE_SIZE) + 1;
                firstUnread = state.firstUnreadId();
            }
            if (state.waiting() > 0) {
                waiting = forum.postsOf(t.getId(), actor.accountId(), PostStatus.PENDING);
            }
            if (!posts.isEmpty() && posts.get(posts.size() - 1).getNumber() > state.lastRead()) {
                forum.markRead(t.getId(), actor.accountId(), posts.get(posts.size() - 1).getNumber());
            }
            if (state.notified()) {
                notifications.markRead(actor.accountId(), t.getId(), Clock.now());
            }
            level = state.level() == null ? cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL : state.level();
        }
        String noReply = noReplyReason(actor, t, readOnly);
        List<PostView> views = postViews.views(actor, t, posts, marks);
        List<PostView> mine = views(actor, t, waiting);
        return new TopicPageView(summary(t, unread), view(t.getCategory(), Map.of(), actor), views, mine, p, pages(t),
                total, unread, firstUnread, firstUnreadPage, noReply == null, noReply, actor.isEditor(),
                t.getSheetId(), sheet == null ? null : sheet.getTitle(), readOnly,
                actor.isSignedIn() && actor.accountId().equals(t.getAuthorId()), level);
    }

    /** Where a post's permanent link lands: its topic and page. Waiting or hidden posts only for who may see them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PostLocation locate(Actor actor, long postId) {
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        Topic t = readableTopic(actor, post.getTopic().getId());
        if (!post.isVisible() && !actor.isEditor() && !(actor.isSignedIn() && actor.accountId().equals(post.getAuthorId())
                && post.getStatus() == PostStatus.PENDING)) {
            throw new NotFoundException("post", postId);
        }
        long before = forum.visibleBefore(t.getId(), post.getNumber());
        int pages = (int) Math.max(1, (t.getVisiblePosts() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new PostLocation(t.getId(), post.getId(), (int) Math.min(pages, before / PAGE_SIZE + 1));
    }

    /** What a sheet's page shows of its discussion. Only published sheets have one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetDiscussionView sheetDiscussion(Actor actor, long sheetId) {
        Optional<Topic> topic = forum.topicOfSheet(sheetId);
        boolean mayJoin = actor.isSignedIn();
        if (topic.isEmpty() || topic.get().getVisiblePosts() == 0 || !topic.get().getCategory().mayRead(actor)) {
            return new SheetDiscussionView(topic.map(Topic::getId).orElse(null), 0, List.of(), mayJoin);
        }
        Topic t = topic.get();
        List<PostView> latest = views(actor, t, forum.latestVisible(t.getId(), 3));
        return new SheetDiscussionView(t.getId(), t.getVisiblePosts(), latest, mayJoin && !t.isClosed());
    }

    /** Earlier texts of a post: for its author and the moderators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RevisionView> revisions(Actor actor, long postId) {
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        readableTopic(actor, post.getTopic().getId());
        actor.require(actor.isEditor() || actor.isSignedIn() && actor.accountId().equals(post.getAuthorId()),
                "forum.revisions");
        return forum.revisions(postId).stream()
                .map(r -> new RevisionView(r.getBody(), markup.toSafeHtml(r.getBody()), r.getWrittenAt())).toList();
    }

    /** A post to edit or quote, with its Markdown: visible ones, or the reader's own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PostView post(Actor actor, long postId) {
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        Topic t = readableTopic(actor, post.getTopic().getId());
        boolean own = actor.isSignedIn() && actor.accountId().equals(post.getAuthorId());
        if (!post.isVisible() && !own && !actor.isEditor()
                || post.getStatus() == PostStatus.WITHDRAWN || post.getStatus() == PostStatus.DELETED) {
            throw new NotFoundException("post", postId);
        }
        return views(actor, t, List.of(post)).get(0);
    }

    // ---- searching

    public static final int SEARCH_PAGE_SIZE = 20;
    /** The best matches a search considers: enough for any reader, a bound on the filtering query. */
    static final int SEARCH_CANDIDATES = 1000;
    static final int SNIPPET_LENGTH = 240;

    /**
     * Topics whose title or visible posts match the words (the catalogue's analyzers: stemming in three
     * languages, accents ignored), best first, in the categories the reader may read; optionally in one
     * category, started by someone whose name contains {@code author}, active between two days. Each hit has
     * its title and a snippet with the words marked. Too long or too many words: a rule violation.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SearchResultView search(Actor actor, String text, Long categoryId, String author, java.time.LocalDate from,
            java.time.LocalDate to, int page) {
        List<Topic> found = found(actor, text, categoryId, author, from, to);
        int p = Math.max(1, page);
        int pages = Math.max(1, (found.size() + SEARCH_PAGE_SIZE - 1) / SEARCH_PAGE_SIZE);
        Highlights marks = new Highlights(text);
        List<SearchHitView> hits = found.stream().skip((long) (p - 1) * SEARCH_PAGE_SIZE).limit(SEARCH_PAGE_SIZE)
                .map(t -> {
                    List<String> bodies = forum.bodies(t.getId(), 50);
                    String best = bodies.stream().filter(marks::found).findFirst()
                            .orElse(bodies.isEmpty() ? "" : bodies.get(0));
                    return new SearchHitView(summary(t, 0), marks.mark(t.getTitle()), marks.snippet(best, SNIPPET_LENGTH));
                }).toList();
        return new SearchResultView(hits, found.size(), p, pages);
    }

    /** How many topics match the words, for the catalogue's search page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int searchCount(Actor actor, String text) {
        return found(actor, text, null, null, null, null).size();
    }

    private List<Topic> found(Actor actor, String text, Long categoryId, String author, java.time.LocalDate from,
            java.time.LocalDate to) {
        List<Violation> problems = new ArrayList<>();
        if (text != null && text.length() > cat.digicanvis.portal.application.catalogue.CatalogueQuery.MAX_TEXT) {
            problems.add(Violation.of("q", "validation.tooLong", cat.digicanvis.portal.application.catalogue.CatalogueQuery.MAX_TEXT));
        }
        if (author != null && author.length() > 120) {
            problems.add(Violation.of("searchAuthor", "validation.tooLong", 120));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Violation.of("searchTo", "validation.request.visitOrder"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (categoryId != null) {
            readableCategory(actor, categoryId);
        }
        if (!searchIndex.isBuilt()) {
            searchUpdater.rebuild();
        }
        Map<Long, Float> scores = searchIndex.search(text.strip());
        List<Long> candidates = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Float>comparingByValue().reversed()).limit(SEARCH_CANDIDATES)
                .map(Map.Entry::getKey).toList();
        List<Long> readable = categoryList().stream().filter(c -> c.mayRead(actor)).map(ForumCategory::getId).toList();
        List<Topic> topics = new ArrayList<>(forum.searchable(candidates, readable, categoryId, author,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay()));
        topics.sort(java.util.Comparator.comparing((Topic t) -> -scores.getOrDefault(t.getId(), 0f))
                .thenComparing(Topic::getLastPostAt, java.util.Comparator.reverseOrder()));
        return topics;
    }

    // ---- writing

    /**
     * Starts a topic in a category, or a sheet's discussion with its first post (in the category of the
     * sheet's first area, titled after the sheet; if two people start it together, the second one replies).
     */
    public PostedView startTopic(Actor actor, TopicDraft draft) {
        Account me = writer(actor);
        LocalDateTime now = Clock.now();
        ForumCategory category;
        String title;
        ProjectSheet sheet = null;
        if (draft.sheetId() != null) {
            forum.lockSheet(draft.sheetId());
            sheet = sheets.find(draft.sheetId()).filter(s -> s.getStatus() == SheetStatus.PUBLISHED)
                    .orElseThrow(() -> new NotFoundException("sheet", draft.sheetId()));
            Optional<Topic> existing = forum.topicOfSheet(sheet.getId());
            if (existing.isPresent()) {
                return reply(actor, existing.get().getId(), draft.body(), null);
            }
            Area first = sheet.getAreas().stream().sorted().findFirst().orElse(null);
            category = (first == null ? Optional.<ForumCategory>empty() : forum.categoryForArea(first))
                    .or(() -> forum.categories().stream().filter(c -> c.getArea() == null).findFirst())
                    .orElseThrow(() -> new NotFoundException("category", 0));
            title = sheetTitle(sheet.getTitle());
            actor.require(category.mayRead(actor), "forum.start");
        } else {
            if (draft.categoryId() == null) {
                throw new RuleViolationException(Violation.of("category", "validation.required"));
            }
            category = forum.category(draft.categoryId())
                    .orElseThrow(() -> new RuleViolationException(Violation.of("category", "validation.required")));
            actor.require(category.mayStart(actor), "forum.start");
            title = draft.title();
        }
        List<Violation> problems = new ArrayList<>();
        String cleanTitle = null;
        try {
            cleanTitle = Topic.checkTitle(title);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        String body = body(draft.body(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        ForumMember member = forum.memberForUpdate(me.getId());
        refuseSilenced(member, now);
        boolean newcomer = newcomer(actor);
        String html = markup.toSafeHtml(body);
        PostingLimits.checkPost(forum.history(me.getId(), null, Post.hash(body), now), newcomer, true, 0, body, now);
        boolean pending = newcomer && forum.approvedPosts(me.getId()) < PostingLimits.NEWCOMER_APPROVALS;
        Topic topic = new Topic(category, cleanTitle, me.getId(), me.getDisplayName(), sheet == null ? null : sheet.getId(), now);
        forum.store(topic);
        Post post = new Post(topic, topic.takeNumber(), me.getId(), me.getDisplayName(), body, html, pending, null, now);
        forum.store(post);
        if (!pending) {
            topic.shown(post);
        }
        forum.markRead(topic.getId(), me.getId(), post.getNumber());
        afterPost(actor, topic, post);
        return new PostedView(topic.getId(), post.getId(), post.getNumber(), 1, pending);
    }

    /** A reply, optionally quoting a visible post of the same topic. */
    public PostedView reply(Actor actor, long topicId, String text, Long quotePostId) {
        Account me = writer(actor);
        List<Violation> problems = new ArrayList<>();
        String body = body(text, problems);
        // the person's row first, then the topic's: always in this order, so two posters never wait on each other
        ForumMember member = forum.memberForUpdate(me.getId());
        Topic topic = forum.topicForUpdate(topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
        // the time is read under the topic's lock: a later number never carries an earlier time
        LocalDateTime now = Clock.now();
        readableTopic(actor, topic.getId());
        boolean readOnly = topic.getSheetId() != null && sheets.find(topic.getSheetId())
                .map(s -> s.getStatus() != SheetStatus.PUBLISHED).orElse(true);
        String why = noReplyReason(actor, topic, readOnly);
        if ("forum.noReply.signIn".equals(why)) {
            throw new AccessDeniedException("forum.reply");
        }
        if (why != null) {
            throw new RuleViolationException(Violation.of(null, why.replace("forum.noReply.", "validation.forum.")));
        }
        Post quoted = null;
        if (quotePostId != null) {
            quoted = forum.post(quotePostId).filter(q -> q.isVisible() && q.getTopic().getId().equals(topic.getId()))
                    .orElse(null);
            if (quoted == null) {
                problems.add(Violation.of("quote", "validation.forum.quote"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        refuseSilenced(member, now);
        boolean newcomer = newcomer(actor);
        String html = markup.toSafeHtml(body);
        PostingLimits.checkPost(forum.history(me.getId(), topic.getId(), Post.hash(body), now), newcomer, false,
                actor.isEditor() ? 0 : topic.getSlowModeMinutes(), body, now);
        boolean pending = newcomer && forum.approvedPosts(me.getId()) < PostingLimits.NEWCOMER_APPROVALS;
        Post post = new Post(topic, topic.takeNumber(), me.getId(), me.getDisplayName(), body, html, pending, quoted, now);
        forum.store(post);
        if (!pending) {
            topic.shown(post);
        }
        forum.markRead(topic.getId(), me.getId(), post.getNumber());
        afterPost(actor, topic, post);
        long before = forum.visibleBefore(topic.getId(), post.getNumber());
        return new PostedView(topic.getId(), post.getId(), post.getNumber(), (int) (before / PAGE_SIZE) + 1, pending);
    }

    /** The author (while the topic is open) or a moderator changes a post; the earlier text is kept. */
    public PostView edit(Actor actor, long postId, int version, String text) {
        Account me = writer(actor);
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        Topic topic = readableTopic(actor, post.getTopic().getId());
        actor.require(mayEdit(actor, topic, post), "forum.edit");
        if (post.getVersion() != version) {
            throw new ConcurrentEditException("post", postId);
        }
        LocalDateTime now = Clock.now();
        refuseSilenced(forum.memberForUpdate(me.getId()), now);
        List<Violation> problems = new ArrayList<>();
        String body = body(text, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        String html = markup.toSafeHtml(body);
        if (newcomer(actor)) {
            PostingLimits.checkPost(new PostingLimits.History(null, null, 0, null, 0, null, null, null, null), true,
                    false, 0, body, now);
        }
        LocalDateTime written = post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt();
        post.edit(body, html, now).ifPresent(earlier -> forum.store(new PostRevision(post.getId(), earlier, written)));
        notifier.edited(topic, post);
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
        return views(actor, topic, List.of(post)).get(0);
    }

    /** The author takes a reply back; it leaves the topic. */
    public void withdraw(Actor actor, long postId, int version) {
        writer(actor);
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        if (!actor.accountId().equals(post.getAuthorId())) {
            throw new NotFoundException("post", postId);
        }
        if (post.getVersion() != version) {
            throw new ConcurrentEditException("post", postId);
        }
        Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow();
        if (post.withdraw(Clock.now())) {
            topic.unshown(post);
        }
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
    }

    /** "Useful": one per person per post, never one's own; at most 50 a day. */
    public int like(Actor actor, long postId, boolean on) {
        Account me = writer(actor);
        Post post = visiblePost(actor, postId);
        if (me.getId().equals(post.getAuthorId())) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.ownPost"));
        }
        LocalDateTime now = Clock.now();
        forum.memberForUpdate(me.getId());
        if (on) {
            ForumRepository.DailyCount today = forum.given("likes", me.getId(), now.minus(PostingLimits.DAY));
            PostingLimits.checkDaily("likes", today.count(), today.oldest(), now);
            forum.like(postId, me.getId(), now);
        } else {
            forum.unlike(postId, me.getId());
        }
        changes.fire(new ForumChanged(post.getTopic().getId(), post.getTopic().getSheetId()));
        return forum.post(postId).map(Post::getLikes).orElse(0);
    }

    public void bookmark(Actor actor, long postId, boolean on) {
        Account me = writer(actor);
        visiblePost(actor, postId);
        if (on) {
            forum.bookmark(postId, me.getId(), Clock.now());
        } else {
            forum.unbookmark(postId, me.getId());
        }
    }

    /** The topic's author or a moderator marks the reply that answered the question (or clears it). */
    public void accept(Actor actor, long postId, boolean on) {
        writer(actor);
        Post post = visiblePost(actor, postId);
        Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow();
        actor.require(actor.isEditor() || actor.accountId().equals(topic.getAuthorId()), "forum.accept");
        topic.accept(on ? post : null);
        if (on) {
            notifier.accepted(topic, post, actor.accountId());
        }
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId()));
    }

    /**
     * Flags a post for the moderators; once per person and post, never one's own, at most 20 a day. Three
     * people's flags, or one moderator's, hide it until it is reviewed.
     */
    public void flag(Actor actor, long postId, FlagReason reason, String note) {
        Account me = writer(actor);
        Post post = visiblePost(actor, postId);
        List<Violation> problems = new ArrayList<>();
        String n = note == null ? null : note.strip();
        if (reason == null) {
            problems.add(Violation.of("flagReason", "validation.required"));
        } else if (reason == FlagReason.OTHER && (n == null || n.isEmpty())) {
            problems.add(Violation.of("flagNote", "validation.required"));
        }
        if (n != null && n.length() > FLAG_NOTE_MAX) {
            problems.add(Violation.of("flagNote", "validation.tooLong", FLAG_NOTE_MAX));
        }
        if (me.getId().equals(post.getAuthorId())) {
            problems.add(Violation.of(null, "validation.forum.ownPost"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        LocalDateTime now = Clock.now();
        forum.memberForUpdate(me.getId());
        ForumRepository.DailyCount today = forum.given("flags", me.getId(), now.minus(PostingLimits.DAY));
        PostingLimits.checkDaily("flags", today.count(), today.oldest(), now);
        if (!forum.flag(postId, me.getId(), reason, n == null || n.isEmpty() ? null : n, now)) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.flagged"));
        }
        Post fresh = forum.post(postId).orElseThrow();
        if (actor.isEditor() || fresh.getFlags() >= FLAGS_TO_HIDE) {
            Topic topic = forum.topicForUpdate(fresh.getTopic().getId()).orElseThrow();
            if (fresh.hideForReview(now)) {
                topic.unshown(fresh);
                changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), fresh.getId()));
            }
        }
    }

    // ---- notifications and watching

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadNotifications(Actor actor) {
        return actor.isSignedIn() ? notifications.unread(actor.accountId()) : 0;
    }

    /** The person's latest 50 notifications, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NotificationView> notifications(Actor actor) {
        actor.require(actor.isSignedIn(), "forum.notifications");
        return notifications.latest(actor.accountId(), 50).stream().map(n -> new NotificationView(n.getId(), n.getKind(),
                n.getTopicId(), n.getRequestId() != null ? requestParties(n.getRequestId())
                        : forum.topic(n.getTopicId()).map(Topic::getTitle).orElse(""),
                n.getPostId(), n.getActorName(), n.getCreatedAt(), n.getReadAt() != null, n.getRequestId())).toList();
    }

    /** "Bellpuig → Tàrrega": what a request's notification is about. */
    private String requestParties(long requestId) {
        return contactRequests.find(requestId).map(r -> r.getFromBody().getName() + " → " + r.getToBody().getName())
                .orElse("");
    }

    public int markAllRead(Actor actor) {
        actor.require(actor.isSignedIn(), "forum.notifications");
        return notifications.markRead(actor.accountId(), null, Clock.now());
    }

    /** How the person follows a topic: what they chose, else watching once they posted in it, else normal. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public cat.digicanvis.portal.domain.model.forum.WatchLevel watchLevel(Actor actor, long topicId) {
        actor.require(actor.isSignedIn(), "forum.watch");
        readableTopic(actor, topicId);
        return notifications.level(actor.accountId(), topicId)
                .orElse(cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL);
    }

    public void watch(Actor actor, long topicId, cat.digicanvis.portal.domain.model.forum.WatchLevel level) {
        actor.require(actor.isSignedIn(), "forum.watch");
        readableTopic(actor, topicId);
        if (level == null || !level.forTopics()) {
            throw new RuleViolationException(Violation.of("watchLevel", "validation.required"));
        }
        notifications.setLevel(actor.accountId(), topicId, level);
    }

    /** How the person follows a category: what they chose, else normal (told of nothing but what involves them). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public cat.digicanvis.portal.domain.model.forum.WatchLevel categoryWatchLevel(Actor actor, long categoryId) {
        actor.require(actor.isSignedIn(), "forum.watch");
        readableCategory(actor, categoryId);
        return notifications.categoryLevel(actor.accountId(), categoryId)
                .orElse(cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL);
    }

    public void watchCategory(Actor actor, long categoryId, cat.digicanvis.portal.domain.model.forum.WatchLevel level) {
        actor.require(actor.isSignedIn(), "forum.watch");
        readableCategory(actor, categoryId);
        if (level == null || level == cat.digicanvis.portal.domain.model.forum.WatchLevel.TRACKING) {
            throw new RuleViolationException(Violation.of("watchLevel", "validation.required"));
        }
        notifications.setCategoryLevel(actor.accountId(), categoryId, level);
    }

    /** The person's forum mail choices (the defaults until they choose). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MailSettingsView mailSettings(Actor actor) {
        Account me = writer(actor);
        MailPreference p = notifications.preference(me.getId()).orElseGet(() -> new MailPreference(me.getId()));
        return new MailSettingsView(me.getHandle(), p.getDirect(), p.getOther(), mailer.replyByMail());
    }

    public void saveMailSettings(Actor actor, MailFrequency direct, MailFrequency other) {
        Account me = writer(actor);
        if (direct == null || other == null) {
            throw new RuleViolationException(Violation.of(direct == null ? "mailDirect" : "mailOther", "validation.required"));
        }
        MailPreference p = notifications.preference(me.getId()).orElseGet(() -> new MailPreference(me.getId()));
        p.choose(direct, other);
        notifications.store(p);
    }

    /**
     * One-click unsubscribe from a forum mail (RFC 8058): the signed token names the person, who then gets no
     * forum mail at all until they choose otherwise in their settings. False when the token is not genuine.
     */
    public boolean unsubscribe(String token) {
        Optional<Long> who = tokens.checkUnsubscribe(token, Clock.now());
        if (who.isEmpty() || accounts.find(who.get()).isEmpty()) {
            return false;
        }
        MailPreference p = notifications.preference(who.get()).orElseGet(() -> new MailPreference(who.get()));
        p.stopAll();
        notifications.store(p);
        return true;
    }

    /** The account an unsubscribe token names, masked for the page that confirms it (n***@example.cat). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> unsubscribeAddress(String token) {
        return tokens.checkUnsubscribe(token, Clock.now()).flatMap(accounts::find).map(a -> {
            String e = a.getEmail();
            int at = e.indexOf('@');
            return e.charAt(0) + "***" + e.substring(at);
        });
    }

    /** People whose handle or name starts with what follows the @ being typed (signed-in writers only). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MentionView> mentionable(Actor actor, String prefix) {
        if (!actor.isSignedIn() || prefix == null) {
            return List.of();
        }
        String p = prefix.startsWith("@") ? prefix.substring(1) : prefix;
        if (p.isBlank() || p.length() > cat.digicanvis.portal.domain.model.account.Handles.MAX) {
            return List.of();
        }
        return accounts.mentionable(p, 8).stream().map(a -> new MentionView(a.getHandle(), a.getDisplayName())).toList();
    }

    // ---- rules and views

    private Account writer(Actor actor) {
        actor.require(actor.isSignedIn(), "forum.write");
        return accounts.find(actor.accountId()).filter(Account::maySignIn)
                .orElseThrow(() -> new AccessDeniedException("forum.write"));
    }

    /** People who belong to no body yet (and are not staff): their first posts wait, and stricter limits apply. */
    static boolean newcomer(Actor actor) {
        return actor.memberOf().isEmpty() && !actor.isEditor();
    }

    private static void refuseSilenced(ForumMember member, LocalDateTime now) {
        if (member.isSilenced(now)) {
            throw new RuleViolationException(List.of(
                    Violation.of(null, "validation.forum.silenced", member.getSilenceReason()),
                    cat.digicanvis.portal.domain.shared.RateLimitException.waitMessage(java.time.Duration.between(now, member.getSilencedUntil()).toSeconds())));
        }
    }

    private static String body(String text, List<Violation> problems) {
        try {
            return Post.checkBody(text);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    /** A sheet's title as its discussion's title, kept within the topics' length rules. */
    static String sheetTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() > Topic.TITLE_MAX) {
            t = t.substring(0, Topic.TITLE_MAX - 1).strip() + "…";
        }
        while (t.length() < Topic.TITLE_MIN) {
            t = t + " ·";
        }
        return t;
    }

    private ForumCategory readableCategory(Actor actor, long categoryId) {
        ForumCategory c = forum.category(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
        if (!c.mayRead(actor)) {
            throw actor.isSignedIn() ? new NotFoundException("category", categoryId) : new AccessDeniedException("forum.read");
        }
        return c;
    }

    /**
     * A topic the reader may see: in a category they may read; a sheet's discussion only while the sheet is
     * published (staff still see it); one whose first post waits only for its author and the staff.
     */
    private Topic readableTopic(Actor actor, long topicId) {
        Topic t = forum.topic(topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
        if (!t.getCategory().mayRead(actor)) {
            if (!actor.isSignedIn()) {
                throw new AccessDeniedException("forum.read");
            }
            throw new NotFoundException("topic", topicId);
        }
        boolean staffOrAuthor = actor.isEditor() || actor.isSignedIn() && actor.accountId().equals(t.getAuthorId());
        if (t.getSheetId() != null && !actor.isEditor() && sheets.find(t.getSheetId())
                .map(s -> s.getStatus() != SheetStatus.PUBLISHED).orElse(true)) {
            throw new NotFoundException("topic", topicId);
        }
        if (t.getVisiblePosts() == 0 && !staffOrAuthor) {
            throw new NotFoundException("topic", topicId);
        }
        return t;
    }

    private Post visiblePost(Actor actor, long postId) {
        Post post = forum.post(postId).filter(Post::isVisible).orElseThrow(() -> new NotFoundException("post", postId));
        readableTopic(actor, post.getTopic().getId());
        return post;
    }

    /** Null when the reader may reply, else the message key that says why not. */
    private static String noReplyReason(Actor actor, Topic t, boolean readOnly) {
        if (!actor.isSignedIn()) {
            return "forum.noReply.signIn";
        }
        if (readOnly) {
            return "forum.noReply.readOnly";
        }
        if (t.isClosed() && !actor.isEditor()) {
            return "forum.noReply.closed";
        }
        return null;
    }

    static boolean mayEdit(Actor actor, Topic topic, Post post) {
        if (post.getStatus() == PostStatus.WITHDRAWN || post.getStatus() == PostStatus.DELETED) {
            return false;
        }
        if (actor.isEditor()) {
            return true;
        }
        return actor.isSignedIn() && actor.accountId().equals(post.getAuthorId()) && !topic.isClosed();
    }

    private void afterPost(Actor actor, Topic topic, Post post) {
        if (post.isVisible()) {
            notifier.shown(topic, post);
            changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
        }
        // talking about a sheet is interest in it, for every body the person belongs to
        if (topic.getSheetId() != null && post.isVisible()) {
            for (long body : actor.memberOf()) {
                if (interactions.recordOnce(new Interaction(body, actor.accountId(), topic.getSheetId(),
                        InteractionKind.FORUM_POST, post.getCreatedAt()))) {
                    recommenderData.fire(new RecommenderDataChanged(body));
                }
            }
        }
    }

    static CategoryView view(ForumCategory c, Map<Long, ForumRepository.CategoryStats> stats, Actor actor) {
        ForumCategory.Texts x = c.texts();
        ForumRepository.CategoryStats s = stats.get(c.getId());
        return new CategoryView(c.getId(), c.getVersion(), c.getSlug(), x.nameCa(), x.nameEs(), x.nameEn(),
                x.descriptionCa(), x.descriptionEs(), x.descriptionEn(), c.getPosition(), c.getReadAccess(),
                c.getStartAccess(), c.getArea(), s == null ? 0 : s.topics(), s == null ? 0 : s.posts(),
                s == null ? null : s.lastActivity(), c.mayStart(actor));
    }

    static TopicSummaryView summary(Topic t, int unread) {
        ForumCategory.Texts c = t.getCategory().texts();
        return new TopicSummaryView(t.getId(), t.getVersion(), t.getTitle(), t.getCategory().getId(), c.nameCa(),
                c.nameEs(), c.nameEn(), t.getAuthorName(), t.getCreatedAt(), t.getLastPostAt(), t.getLastPosterName(),
                t.getReplies(), t.isClosed(), t.getPinned(), t.getAcceptedPostId() != null, t.getSheetId(),
                t.getSlowModeMinutes(), unread, t.isDemo(), t.getLastNumber());
    }

    private List<PostView> views(Actor actor, Topic topic, List<Post> posts) {
        return postViews.views(actor, topic, posts);
    }
}
