package dev.herald.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the shape of HOUSE_STYLE.md: data flows feeds -> articles -> stories -> digest -> render -> delivery, the
 * shared core never touches a platform SDK, and SQL stays in the store package. Each package's
 * {@code package-info.java} says what it must not import; the rules that can be checked are checked here.
 */
class ArchitectureTest {
  static final List<String> STAGES =
      List.of("feeds", "articles", "stories", "digest", "render", "delivery");

  static JavaClasses core;

  /** Imports shared's own classes: the test classpath also holds the test kit's (fake platforms, the test clock). */
  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importUrl(dev.herald.model.Article.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @Test
  void theCoreWasImported() {
    assertFalse(core.isEmpty(), "no classes imported from dev.herald");
    assertFalse(core.that(com.tngtech.archunit.base.DescribedPredicate.describe("in a stage",
        c -> c.getPackageName().startsWith("dev.herald.digest"))).isEmpty(), "no digest classes imported");
  }

  @Test
  void sharedNeverImportsSlackOrDiscord() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.slack..", "net.dv8tion..", "dev.herald.bot..")
        .because("shared/ is the platform-neutral core; platforms live in bot/")
        .check(core);
  }

  @Test
  void eachStageImportsOnlyEarlierStages() {
    for (int i = 0; i < STAGES.size(); i++) {
      List<String> later = STAGES.subList(i + 1, STAGES.size());
      if (later.isEmpty()) continue;
      noClasses().that().resideInAPackage("dev.herald." + STAGES.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(
              later.stream().map(s -> "dev.herald." + s + "..").toArray(String[]::new))
          .because("stage " + STAGES.get(i) + " comes before " + later)
          .check(core);
    }
  }

  @Test
  void noStageDependsOnChatOrPipeline() {
    noClasses().that().resideInAnyPackage(
            STAGES.stream().map(s -> "dev.herald." + s + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage("dev.herald.chat..", "dev.herald.pipeline..",
            "dev.herald.runtime..")
        .because("chat, pipeline and the runtime that wires them sit on top of the stages, not inside them")
        .check(core);
  }

  @Test
  void sqlLivesOnlyInTheStorePackage() {
    noClasses().that().resideOutsideOfPackage("dev.herald.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.postgresql..",
            "org.flywaydb..", "com.zaxxer..")
        .because("all SQL is in the store package, so that PostgreSQL support touches one place")
        .check(core);
  }

  @Test
  void theModelTextAndThreadsImportNothingElseFromHerald() {
    importsOnly("text", "text");
    importsOnly("model", "model");
    importsOnly("threads", "threads");
  }

  @Test
  void configStoreMetricsAndRenderImportOnlyTheModelAndText() {
    importsOnly("config", "config", "model", "text");
    importsOnly("render", "render", "model", "text");
    importsOnly("store", "store", "model");
    importsOnly("metrics", "metrics", "model");
  }

  @Test
  void thePipelineRunsTheStagesAndNothingAfterThem() {
    noClasses().that().resideInAPackage("dev.herald.pipeline..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.herald.delivery..", "dev.herald.chat..",
            "dev.herald.runtime..")
        .because("the pipeline is stages 1-4; delivery and chat call it, not the other way round")
        .check(core);
  }

  @Test
  void chatReachesDeliveryOnlyThroughItsOwnPorts() {
    noClasses().that().resideInAPackage("dev.herald.chat..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.herald.delivery..", "dev.herald.pipeline..",
            "dev.herald.runtime..")
        .because("interactions read the store; they never poll, summarise or send through delivery's internals")
        .check(core);
  }

  @Test
  void theCoreHoldsNoEvaluationCode() {
    List<String> misplaced = core.stream().map(c -> c.getName())
        .filter(n -> n.matches(".*\\.eval\\..*|.*\\.(LeadSummarizer|TextRankSummarizer|Baselines|CorpusVectors)\\b.*"))
        .toList();
    assertEquals(List.of(), misplaced, "benchmarks, baselines and their scores live in bench/, not in the product");
  }

  /** Classes of {@code dev.herald.<pkg>} depend on no Herald package but {@code allowed} (and their subpackages). */
  private static void importsOnly(String pkg, String... allowed) {
    String[] ok = java.util.Arrays.stream(allowed).map(a -> "dev.herald." + a + "..").toArray(String[]::new);
    noClasses().that().resideInAPackage("dev.herald." + pkg + "..")
        .should().dependOnClassesThat(resideInAPackage("dev.herald..").and(not(resideInAnyPackage(ok))))
        .because(pkg + "'s package-info says it imports only " + String.join(", ", allowed))
        .check(core);
  }
}
