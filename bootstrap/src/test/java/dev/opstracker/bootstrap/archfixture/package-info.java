/**
 * Deliberately broken classes, laid out like the real modules, that each break one rule of
 * DESIGN.md. They exist only so that the architecture rules can be shown to catch them.
 */
package dev.opstracker.bootstrap.archfixture;
