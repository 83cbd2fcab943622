package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.runbook.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the rendered Markdown back the way a CommonMark reader finds fenced blocks (a fence of n
 * backticks ends only at a line of at least n backticks and nothing else), so a fence inside an
 * output that broke the document would show here as a wrong list of cells.
 */
class MarkdownCellsTest {

    private static final Pattern OPENING = Pattern.compile("^(`{3,})([^`]*)$");

    private record Block(String info, String content) {
    }

    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String fence = null;
        String info = null;
        StringBuilder content = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (fence == null) {
                Matcher opening = OPENING.matcher(line);
                if (opening.matches()) {
                    fence = opening.group(1);
                    info = opening.group(2);
                    content.setLength(0);
                }
            } else if (line.matches("`{" + fence.length() + ",}\\s*")) {
                blocks.add(new Block(info, content.toString()));
                fence = null;
            } else {
                content.append(line).append('\n');
            }
        }
        assertThat(fence).as("every fenced block is closed").isNull();
        return blocks;
    }

    @Test
    void theGoldenRunbookHasExactlyItsCellsAndOutputsWithTheFenceInsideAnOutputKeptAsText() {
        Runbook runbook = RunbookFixtures.highDiskUsage();

        List<Block> blocks = blocks(new MarkdownRunbookWriter().render(runbook));

        assertThat(blocks).extracting(Block::info).containsExactly(
                "sh {\"name\":\"set-variables\",\"interactive\":\"false\"}",
                "sh {\"name\":\"check-disk-usage-1\",\"interactive\":\"false\"}", "text",
                "sh {\"name\":\"find-the-noisy-log-shipper-1\",\"interactive\":\"false\"}", "text",
                "sh {\"name\":\"vacuum-the-journal-1\",\"interactive\":\"false\",\"excludeFromRunAll\":\"true\"}", "text",
                "sh {\"name\":\"vacuum-the-journal-2\",\"cwd\":\"/srv/ops\",\"interactive\":\"false\",\"excludeFromRunAll\":\"true\"}", "text");
        assertThat(blocks.get(4).content()).isEqualTo(runbook.steps().get(1).commands().get(0).expectedOutput() + "\n");
        assertThat(blocks.get(3).content()).isEqualTo("kubectl -n ${NAMESPACE} logs deploy/log-shipper --tail=2 | grep -c rejected\n");
    }
}
