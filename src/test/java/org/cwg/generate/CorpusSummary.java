package org.cwg.generate;

/**
 * What one run of the corpus generator wrote. Field names are the JSON scripting interface.
 *
 * @param documents files written
 * @param contributions how many of them are contributions
 * @param reports how many are meeting reports
 * @param meetings meetings the documents are spread over
 * @param seed the seed that makes the corpus again
 * @param out the folder the documents are in
 * @param truth the ground-truth manifest (JSON Lines, one line a document)
 * @param bytes total size of the files written
 * @param millis wall-clock duration
 */
public record CorpusSummary(
    int documents,
    int contributions,
    int reports,
    int meetings,
    long seed,
    String out,
    String truth,
    long bytes,
    long millis) {}
