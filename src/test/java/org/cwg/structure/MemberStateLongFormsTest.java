package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official long forms as ITU's list of Member States writes them: after the short name. */
class MemberStateLongFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "República Argelina Democrática y Popular"
            + "|Argelia (República Argelina Democrática y Popular)",
        "République togolaise|Togo (République togolaise)",
        "República Gabonesa|Gabón (República Gabonesa)",
        "People's Democratic Republic of Algeria|Algeria (People's Democratic Republic of)",
        "République islamique de Mauritanie|Mauritanie (République islamique de)",
        "République démocratique du Congo|République démocratique du Congo",
        "République centrafricaine|Centrafricaine (République)",
        "République arabe syrienne|République arabe syrienne",
        "República Democrática Popular Lao|República Democrática Popular Lao",
      })
  void aLongFormIsGivenAsTheListWritesIt(String written, String listed) {
    assertEquals(listed, Sources.asListed(written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de la República Argelina Democrática y Popular"
            + "|Argelia (República Argelina Democrática y Popular)",
        "de la République togolaise et de la République du Bénin"
            + "|Togo (République togolaise);Bénin (République du)",
      })
  void aSourceNamedByItsLongFormIsTheListsEntry(String written, String listed) {
    assertEquals(List.of(listed.split(";")), Sources.split(written));
  }

  /** Every name of the list, in each of the six languages, is read as a name of the list. */
  @Test
  void eachListedNameStaysTheListsName() throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                MemberStates.class.getResourceAsStream("member-states.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.split(" = ")[0].strip());
        }
      }
    }
    for (String name : names) {
      String listed = Sources.asListed(name);
      String shortName = listed.replaceFirst("\\s*\\([^()]*\\)$", "");
      // Or the list's form of a republic named by its adjective: "Centrafricaine (République)".
      String adjectiveFirst = listed.replaceFirst("^(\\p{L}+) \\((\\p{L}+)\\)$", "$2 $1");
      assertTrue(
          MemberStates.in(listed).equals(List.of(listed))
              || MemberStates.in(shortName).equals(List.of(shortName))
              || adjectiveFirst.equalsIgnoreCase(name),
          name + " read as " + listed);
    }
  }
}
