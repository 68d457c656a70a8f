package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A markdown page as plain text for a terminal of a given width: headings underlined, paragraphs and list
 * items wrapped at spaces (never inside a word), code blocks kept line for line, tables drawn by
 * {@link TextTable}, a link to another page shown as the command that opens it ({@code (help formats)}).
 *
 * <p>NOTE: the markdown is parsed by CommonMark (with GitHub's tables); only the rendering is written here,
 * since no library renders markdown as wrapped terminal text with tables.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownText() {
    }

    /** {@code markdown} in lines of at most {@code width} columns (code lines excepted: they are never broken). */
    static String render(String markdown, int width) {
        return blocks(PARSER.parse(markdown), Math.max(30, width)).stripTrailing() + "\n";
    }

    private static String blocks(Node parent, int width) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            String block = block(n, width);
            if (block.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(block);
        }
        return sb.toString();
    }

    private static String block(Node n, int width) {
        if (n instanceof Heading h) {
            List<String> lines = TextTable.wrap(inline(h), width);
            int w = lines.stream().mapToInt(TextTable::width).max().orElse(0);
            String text = String.join("\n", lines) + "\n";
            return h.getLevel() <= 2 ? text + (h.getLevel() == 1 ? "=" : "-").repeat(w) + "\n" : text;
        }
        if (n instanceof Paragraph p) {
            return String.join("\n", TextTable.wrap(inline(p), width)) + "\n";
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n, width);
        }
        if (n instanceof FencedCodeBlock f) {
            return indent(f.getLiteral(), "    ");
        }
        if (n instanceof IndentedCodeBlock c) {
            return indent(c.getLiteral(), "    ");
        }
        if (n instanceof BlockQuote q) {
            return indent(blocks(q, width - 2), "| ");
        }
        if (n instanceof TableBlock t) {
            return TextTable.render(table(t), width);
        }
        if (n instanceof ThematicBreak) {
            return "-".repeat(Math.min(width, 40)) + "\n";
        }
        if (n instanceof HtmlBlock) {
            return "";
        }
        return blocks(n, width);
    }

    /** A list's items, each marked ("- " or "3. ") and its lines indented under its first. */
    private static String list(Node list, int width) {
        StringBuilder sb = new StringBuilder();
        int number = list instanceof OrderedList o ? o.getStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof OrderedList ? (number++) + ". " : "- ";
            String body = item instanceof ListItem ? blocks(item, width - marker.length()) : block(item, width);
            List<String> lines = body.stripTrailing().lines().toList();
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                sb.append(k == 0 ? marker : line.isEmpty() ? "" : " ".repeat(marker.length())).append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String[]> table(TableBlock t) {
        List<String[]> rows = new ArrayList<>();
        visitRows(t, rows);
        return rows;
    }

    private static void visitRows(Node n, List<String[]> rows) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableRow r) {
                List<String> cells = new ArrayList<>();
                for (Node cell = r.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cell instanceof TableCell ? inline(cell) : "");
                }
                rows.add(cells.toArray(String[]::new));
            } else {
                visitRows(c, rows);
            }
        }
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.stripTrailing().split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : prefix).append(line).append('\n');
        }
        return sb.toString();
    }

    /** The text of {@code n}'s inline content: code as its text, a link as its text and where it leads. */
    static String inline(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (c instanceof HardLineBreak) {
                sb.append('\n');
            } else if (c instanceof HtmlInline) {
                continue;
            } else if (c instanceof Link link) {
                String text = inline(link);
                sb.append(text).append(target(link.getDestination(), text));
            } else {
                sb.append(inline(c));
            }
        }
        return sb.toString();
    }

    /**
     * Where a link leads, as a reader of the terminal reaches it: another page of the folder as {@code (help topic)}, a web
     * address in brackets unless the text is the address, nothing for an anchor on the same page.
     */
    private static String target(String destination, String text) {
        if (destination == null || destination.isEmpty() || destination.startsWith("#")) {
            return "";
        }
        String page = destination.replaceFirst("#.*$", "");
        if (!page.contains(":") && !page.contains("/") && page.endsWith(".md")) {
            String name = page.substring(0, page.length() - 3).toLowerCase(java.util.Locale.ROOT);
            return " (help " + (name.equals("readme") ? HelpTopics.INDEX : name) + ")";
        }
        return text.equals(destination) ? "" : " (" + destination + ")";
    }
}
