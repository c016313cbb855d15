package org.cwg.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.cwg.index.CwgAnalyzers;

/**
 * Keeps a wildcard or regular expression on a text field to words as written. The text fields also
 * hold marked stems at the positions of their words; a leading wildcard such as {@code *ation}
 * would otherwise match the stem of "nations" and find a word that does not end so.
 */
final class WordsOnly {

  private static final Automaton STEMS =
      Operations.concatenate(Automata.makeChar(CwgAnalyzers.STEM_MARK), Automata.makeAnyString());

  private WordsOnly() {}

  static AutomatonQuery of(AutomatonQuery query) {
    try {
      Automaton words =
          Operations.minus(query.getAutomaton(), STEMS, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      Term pattern = new Term(query.getField(), query.toString(query.getField()));
      return new AutomatonQuery(
          pattern,
          words,
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
          false,
          query.getRewriteMethod());
    } catch (TooComplexToDeterminizeException e) {
      // Too complex to subtract the stems from: it may also match a word's stem, which is a
      // word of the same family at the same place, rather than fail the query.
      return query;
    }
  }
}
