package org.cwg.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.ENUMS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.RECORDS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.cwg.validate.RuleSettings;

/**
 * The package rules that each package-info states, checked on the main classes. A rule here and its
 * package-info say the same thing: change both or neither.
 */
@AnalyzeClasses(
    packages = "org.cwg",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  private static final String TIKA = "org.apache.tika..";
  private static final String PICOCLI = "picocli..";

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices()
          .matching("org.cwg.(*)..")
          .should()
          .beFreeOfCycles()
          .because("each package is a stage of the pipeline, built on the ones before it");

  @ArchTest
  static final ArchRule onlyTheCommandLineKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cwg.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PICOCLI);

  @ArchTest
  static final ArchRule theCoreNeverDependsOnTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cwg.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cwg.cli..");

  @ArchTest
  static final ArchRule onlyTheCommandLineWritesToTheConsole =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cwg.cli..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule onlyTheParserTouchesTika =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cwg.parse..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TIKA);

  @ArchTest
  static final ArchRule theModelDependsOnNothing =
      classes()
          .that()
          .resideInAPackage("org.cwg.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.cwg.model..", "java..", "com.fasterxml.jackson.annotation..");

  @ArchTest
  static final ArchRule citationsDependOnTheModelOnly =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.cite..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.cwg..")
                  .and(not(resideInAnyPackage("org.cwg.cite..", "org.cwg.model..")))
                  .or(resideInAnyPackage("org.apache.lucene..", TIKA)));

  @ArchTest
  static final ArchRule structureNeverReachesCitationsIndexOrRendering =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.structure..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.analyze..",
              "org.cwg.cite..",
              "org.cwg.index..",
              "org.cwg.ingest..",
              "org.cwg.render..",
              "org.cwg.search..",
              "org.cwg.validate..",
              "org.apache.lucene..",
              TIKA);

  @ArchTest
  static final ArchRule theParserKnowsNothingOfItuDocuments =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.parse..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.analyze..",
              "org.cwg.cite..",
              "org.cwg.index..",
              "org.cwg.ingest..",
              "org.cwg.render..",
              "org.cwg.search..",
              "org.cwg.structure..",
              "org.cwg.validate..");

  @ArchTest
  static final ArchRule analysisNeverReachesTheIndexOrRendering =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.analyze..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.index..",
              "org.cwg.ingest..",
              "org.cwg.render..",
              "org.cwg.search..",
              "org.cwg.validate..",
              "org.apache.lucene..");

  /** The shared Jackson mapper sits below every other package. */
  @ArchTest
  static final ArchRule theJsonMapperDependsOnJacksonOnly =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.json..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.cwg..").and(not(resideInAPackage("org.cwg.json.."))))
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule theIndexDependsOnTheModelAndJacksonOnly =
      classes()
          .that()
          .resideInAPackage("org.cwg.index..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.index..",
              "org.cwg.model..",
              "org.cwg.json..",
              "org.cwg.reuse..",
              "org.apache.lucene..",
              "com.fasterxml.jackson..",
              "java..");

  /** Text reuse is pure computation on texts: the index stores its fingerprints, search aligns. */
  @ArchTest
  static final ArchRule reuseDependsOnTheModelOnly =
      classes()
          .that()
          .resideInAPackage("org.cwg.reuse..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.cwg.reuse..", "org.cwg.model..", "java..");

  @ArchTest
  static final ArchRule searchNeverParsesNorWritesTheIndex =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.search..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.analyze..",
              "org.cwg.ingest..",
              "org.cwg.parse..",
              "org.cwg.render..",
              "org.cwg.structure..",
              "org.cwg.validate..",
              TIKA)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.lucene.index.IndexWriter");

  /**
   * Renderers take the result records of any stage (and the rule settings they report), but never
   * do a stage's work themselves.
   */
  @ArchTest
  static final ArchRule renderersNeverParseIndexOrSearch =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.render..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.cwg.analyze..",
                      "org.cwg.index..",
                      "org.cwg.parse..",
                      "org.apache.lucene..",
                      TIKA)
                  .or(
                      resideInAnyPackage(
                              "org.cwg.cite..",
                              "org.cwg.ingest..",
                              "org.cwg.outcome..",
                              "org.cwg.search..",
                              "org.cwg.structure..",
                              "org.cwg.validate..")
                          .and(not(RECORDS.or(ENUMS).or(type(RuleSettings.class))))));

  /** Outcomes read the index and link its records; they never parse, search nor render. */
  @ArchTest
  static final ArchRule outcomesReadTheIndexAndTheModelOnly =
      classes()
          .that()
          .resideInAPackage("org.cwg.outcome..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.outcome..",
              "org.cwg.cite..",
              "org.cwg.index..",
              "org.cwg.reuse..",
              "org.cwg.model..",
              "org.apache.lucene..",
              "com.fasterxml.jackson.annotation..",
              "java..");

  /** What the commands and the server both answer; built from the core, beneath both. */
  @ArchTest
  static final ArchRule queriesNeverReachTheCommandLineTheServerNorParsing =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.query..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.cli..",
              "org.cwg.serve..",
              "org.cwg.analyze..",
              "org.cwg.ingest..",
              "org.cwg.parse..",
              "org.cwg.structure..",
              "org.cwg.validate..",
              PICOCLI,
              TIKA);

  /**
   * The server reads the index and renders; it never parses a file (a document not in the index is
   * not found), never writes the index, and knows nothing of the command line.
   */
  @ArchTest
  static final ArchRule theServerNeverParsesIngestsNorKnowsTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.cli..",
              "org.cwg.analyze..",
              "org.cwg.ingest..",
              "org.cwg.parse..",
              "org.cwg.structure..",
              "org.cwg.validate..",
              PICOCLI,
              TIKA)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.lucene.index.IndexWriter");

  @ArchTest
  static final ArchRule ingestNeverSearchesValidatesNorRenders =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cwg.render..", "org.cwg.search..", "org.cwg.validate..", TIKA);

  @ArchTest
  static final ArchRule validationNeverRenders =
      noClasses()
          .that()
          .resideInAPackage("org.cwg.validate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cwg.render..");

  /**
   * The exports for other engines map records to those engines' documents with the index's field
   * names; they never read the index themselves, search, parse nor render.
   */
  @ArchTest
  static final ArchRule engineExportsDependOnTheModelTheIndexNamesAndJacksonOnly =
      classes()
          .that()
          .resideInAPackage("org.cwg.engine..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cwg.engine..", "org.cwg.model..", "org.cwg.json..", "org.cwg.index..", "java..")
          .andShould()
          .onlyDependOnClassesThat(
              not(
                  type(org.cwg.index.CorpusReader.class)
                      .or(type(org.cwg.index.CorpusWriter.class))));
}
