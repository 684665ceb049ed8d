package dev.herald.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the shape of HOUSE_STYLE.md: data flows feeds -> articles -> stories -> digest -> render -> delivery, the
 * shared core never touches a platform SDK, and SQL stays in the store package.
 */
class ArchitectureTest {
  static final List<String> STAGES =
      List.of("feeds", "articles", "stories", "digest", "render", "delivery");

  static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.herald");
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
  void theModelImportsNothingElseFromHerald() {
    noClasses().that().resideInAPackage("dev.herald.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.herald.feeds..", "dev.herald.articles..", "dev.herald.stories..", "dev.herald.digest..",
            "dev.herald.render..", "dev.herald.delivery..", "dev.herald.chat..", "dev.herald.pipeline..",
            "dev.herald.store..", "dev.herald.config..")
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
  void theStoreKnowsOnlyTheModel() {
    noClasses().that().resideInAPackage("dev.herald.store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.herald.feeds..", "dev.herald.articles..", "dev.herald.stories..", "dev.herald.digest..",
            "dev.herald.render..", "dev.herald.delivery..", "dev.herald.chat..", "dev.herald.pipeline..")
        .check(core);
  }
}
