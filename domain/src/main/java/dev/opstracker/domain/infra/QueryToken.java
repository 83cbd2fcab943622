package dev.opstracker.domain.infra;

/** One token of a component query, with the 1-based column where it starts. */
record QueryToken(Type type, String text, int column) {

    enum Type { OPEN, CLOSE, OR, NOT, WORD, END }

    String describe() {
        return switch (type) {
            case OPEN -> "'('";
            case CLOSE -> "')'";
            case OR -> "'|'";
            case NOT -> "'-'";
            case WORD -> "'" + text + "'";
            case END -> "the end of the query";
        };
    }
}
