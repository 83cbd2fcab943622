package dev.opstracker.bootstrap.cli;

import picocli.CommandLine.Option;

/** {@code --output table|json|csv}. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv.", converter = OutputFormatConverter.class)
    OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }

    /** Takes the format in any case, and names the choices when it is none of them. */
    static final class OutputFormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new picocli.CommandLine.TypeConversionException("'%s' is not an output format: expected table, json or csv".formatted(value));
            }
        }
    }
}
