/**
 * The {@code cwg} command line: thin picocli commands that parse options, call into the core and
 * hand the result to a renderer.
 *
 * <p>The only package that imports picocli and the only one that writes to standard output or
 * standard error (results to stdout, progress and diagnostics to stderr). The exit codes live in
 * {@link org.cwg.cli.ExitCodes}. No command holds analysis, indexing or search logic.
 */
package org.cwg.cli;
