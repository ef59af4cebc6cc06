package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Suggestions for the post editors' @mention autocomplete (PrimeFaces' textarea completion sends the word
 * being typed): people whose handle or name starts with what follows the @; nothing for other words.
 */
@Named("mentions")
@RequestScoped
public class MentionsView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    public List<String> complete(String word) {
        if (word == null || !word.startsWith("@") || word.length() < 2) {
            return List.of();
        }
        return forum.mentionable(me.actor(), word).stream().map(m -> "@" + m.handle()).toList();
    }
}
