package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.SecretMasker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A run's argument vector: shown as a masked POSIX-quoted line, stored exactly but sealed. */
final class CommandLines {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CommandLines() {
    }

    /** The command line a POSIX shell would take for {@code argv}, with secrets masked. */
    static String display(List<String> argv, SecretMasker masker) {
        List<String> quoted = new ArrayList<>();
        for (String argument : argv) {
            quoted.add(PLAIN.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return masker.mask(String.join(" ", quoted));
    }

    static byte[] seal(Cipher cipher, DataKey key, CommandRunId run, List<String> argv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(argv.size());
            for (String argument : argv) {
                byte[] utf8 = argument.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return cipher.seal(key, bytes.toByteArray(), associatedData(run));
    }

    static List<String> open(Cipher cipher, DataKey key, CommandRunId run, byte[] sealed) {
        byte[] plain = cipher.open(key, sealed, associatedData(run));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int count = in.readInt();
            List<String> argv = new ArrayList<>(count);
            for (int index = 0; index < count; index++) {
                argv.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            }
            return List.copyOf(argv);
        } catch (IOException unreadable) {
            throw new Cipher.TamperedDataException("the sealed argv of command run " + run + " is not an argument list");
        }
    }

    private static byte[] associatedData(CommandRunId run) {
        return ("opstracker/argv/v1|" + run.value()).getBytes(StandardCharsets.US_ASCII);
    }
}
