package org.tmsh.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.tmsh.common.TmshException;

/**
 * The reference pages that {@code help TOPIC} shows: the markdown files of the project's {@code docs/}
 * folder, which the build copies into the jar under {@code tmsh/docs/}, so an installed tmsh has the pages
 * of its own version. A topic is a page's file name without {@code .md} ({@code shell}, {@code formats}); the
 * folder's {@code README.md}, its table of contents, is the topic {@code index}.
 *
 * <p>NOTE: the list is read from the folder each time, never written down in code, so a page added to
 * {@code docs/} is a topic of the next build.
 */
final class HelpTopics {

    /** Where the build puts the pages on the class path. */
    static final String FOLDER = "tmsh/docs";
    /** The topic of the folder's README (its table of contents). */
    static final String INDEX = "index";

    private HelpTopics() {
    }

    /** The topics, sorted; none when the jar was built without the pages. */
    static List<String> list() {
        return pages().stream().map(HelpTopics::topic).distinct().sorted().toList();
    }

    /** The markdown text of {@code topic}, if there is such a page. */
    static Optional<String> markdown(String topic) {
        String wanted = topic.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
        for (Resource r : pages()) {
            if (topic(r).equals(wanted)) {
                try (InputStream in = r.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new TmshException("help: cannot read the page '" + topic + "': " + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }

    private static String topic(Resource r) {
        String name = r.getFilename() == null ? "" : r.getFilename().replaceFirst("\\.md$", "").toLowerCase(Locale.ROOT);
        return name.equals("readme") ? INDEX : name;
    }

    private static List<Resource> pages() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(HelpTopics.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "/*.md");
            return List.of(found);
        } catch (IOException e) {
            throw new TmshException("help: cannot list the pages: " + e.getMessage(), e);
        }
    }
}
