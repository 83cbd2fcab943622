package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownRunbookWriterTest {

    private final MarkdownRunbookWriter writer = new MarkdownRunbookWriter();

    private static Runbook runbook(String title, List<RunbookVariable> variables, List<RunbookStep> steps) {
        return new Runbook(new RunbookSlug("example"), title, "", RunbookScope.of(Set.of(), Set.of(), Map.of()), List.of(), variables, steps,
                List.of(), null, List.of(TaskId.of(7)));
    }

    private static RunbookStep step(String title, String command) {
        return new RunbookStep(title, "", List.of(new StepCommand(command, null, "", 0)), "", List.of(), false);
    }

    @Test
    void theFrontMatterHasShellAndRunmeVersionButNoId() {
        String markdown = writer.render(RunbookFixtures.highDiskUsage());

        String frontMatter = markdown.substring(0, markdown.indexOf("\n---\n", 4) + 5);

        assertThat(frontMatter).startsWith("---\n").endsWith("shell: bash\nrunme:\n  version: v3\n---\n").doesNotContainPattern("(?m)^\\s*id:");
    }

    @Test
    void aVariableNamedLikeOneTheShellOwnsIsPrefixedSoExportingItLeavesPathAlone() {
        String markdown = writer.render(runbook("Clean a path", List.of(new RunbookVariable("path", "", List.of("/var/tmp"))),
                List.of(step("Clean", "rm -rf {{path}}/cache {{other}}"))));

        assertThat(markdown).contains("export RUNBOOK_PATH=\"\"", "rm -rf ${RUNBOOK_PATH}/cache {{other}}").doesNotContain("export PATH=");
    }

    @Test
    void observedValuesAreLeftOutWhenOneWasMaskedOrTheNameSuggestsACredential() {
        String markdown = writer.render(runbook("Rotate", List.of(new RunbookVariable("user", "", List.of("deploy", "****")),
                new RunbookVariable("api_token", "", List.of("abc123def456")), new RunbookVariable("region", "", List.of("eu-west-1"))),
                List.of(step("Call", "curl -u {{user}} -H 'X-Token: {{api_token}}' https://{{region}}.example.com"))));

        assertThat(markdown).contains("# RUNBOOK_USER: user\n", "# API_TOKEN: api_token\n", "# REGION: region (seen: eu-west-1)\n")
                .doesNotContain("deploy", "abc123def456");
    }

    @Test
    void aLineBreakInADescriptionCannotTurnTheRestIntoACommand() {
        String markdown = writer.render(runbook("Restart", List.of(new RunbookVariable("host", "The host\nrm -rf /", List.of())),
                List.of(step("Restart", "ssh {{host}} reboot"))));

        assertThat(markdown).contains("# HOST: The host rm -rf /\n").doesNotContain("\nrm -rf /");
    }

    @Test
    void markdownInTitlesAndNotesIsEscapedSoItStaysText() {
        Runbook runbook = new Runbook(new RunbookSlug("example"), "# <b>boom</b> [x](http://evil) *now*", "- not a list\n1. not numbered\n> no quote",
                RunbookScope.of(Set.of("Disk|Full"), Set.of(), Map.of()), List.of("`kubectl` & friends"), List.of(), List.of(), List.of(), null,
                List.of(TaskId.of(7)));

        String markdown = writer.render(runbook);

        assertThat(markdown).contains("# \\# \\<b\\>boom\\</b\\> \\[x\\](http://evil) \\*now\\*\n",
                "\\- not a list\n1\\. not numbered\n\\> no quote\n", "- Alerts: Disk\\|Full\n", "- \\`kubectl\\` \\& friends\n");
    }

    @Test
    void aFenceInsideACommandOrItsOutputGetsALongerFence() {
        Runbook runbook = runbook("Fences", List.of(), List.of(new RunbookStep("Print", "",
                List.of(new StepCommand("printf '````\\n'", null, "````\n", 0)), "", List.of(), false)));

        String markdown = writer.render(runbook);

        assertThat(markdown).contains("`````sh {\"name\":\"print-1\",\"interactive\":\"false\"}\nprintf '````\\n'\n`````\n",
                "`````text\n````\n`````\n");
    }

    @Test
    void stepsWithTheSameTitleGetDistinctCellNames() {
        String markdown = writer.render(runbook("Twice", List.of(), List.of(step("Check", "df -h"), step("Check", "df -i"), step("", "uptime"))));

        assertThat(markdown).contains("{\"name\":\"check-1\"", "{\"name\":\"check-step-2-1\"", "### 3. Step 3", "{\"name\":\"step-3-1\"");
    }

    @Test
    void aWorkingDirectoryNamingAVariableBecomesACdLineSinceRunmeDoesNotExpandCwd() {
        Runbook runbook = runbook("Deploy", List.of(new RunbookVariable("release", "", List.of())), List.of(new RunbookStep("Apply", "",
                List.of(new StepCommand("make apply", "/srv/{{release}}", "", 0)), "", List.of(), true)));

        String markdown = writer.render(runbook);

        assertThat(markdown).contains("```sh {\"name\":\"apply-1\",\"interactive\":\"false\",\"excludeFromRunAll\":\"true\"}\n"
                + "cd \"/srv/${RELEASE}\"\nmake apply\n```\n", "Verify: no check was recorded");
    }

    @Test
    void carriageReturnsInTheRunbookNeverReachTheDocument() {
        Runbook runbook = runbook("Windows\r\nnotes", List.of(), List.of(new RunbookStep("Run", "why\r\nbecause",
                List.of(new StepCommand("echo a\r\necho b", null, "a\r\nb\r\n", 0)), "", List.of(), false)));

        assertThat(writer.render(runbook)).doesNotContain("\r").contains("# Windows notes\n", "echo a\necho b\n", "a\nb\n```");
    }

    @Test
    void writingToAWriterGivesTheRenderedText() {
        StringWriter out = new StringWriter();
        writer.write(out, RunbookFixtures.highDiskUsage());

        assertThat(out).hasToString(writer.render(RunbookFixtures.highDiskUsage()));
    }
}
